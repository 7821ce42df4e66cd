import type { types } from '@slack/bolt';
import { t } from '../../../src/replies/catalog/index.ts';
import type { Locale } from '../../../src/replies/locale/locale.ts';
import type { Reply, ReplyField, ReplyProvenance, ReplyTable } from '../../../src/replies/reply.ts';
import { tableLines } from '../../../src/replies/table-lines.ts';
import { chunkLines } from './chunk-lines.ts';
import { SLACK_LIMITS } from './limits.ts';
import { codeBlock, escapeMrkdwn, truncate } from './mrkdwn.ts';
import { actionsBlock } from './render-actions.ts';
import { splitMrkdwn } from './split-mrkdwn.ts';
import { STATUS_EMOJI } from './status-emoji.ts';
import { stripMentions } from './strip-mentions.ts';

// A platform-neutral Reply as one Block Kit message: header with status emoji, prose, fields,
// tables as aligned monospace, buttons, and a context line (job, who asked, who confirmed, cluster).
// What does not fit a readable message (long tables, `detail`) is returned as `thread` output,
// which the deliverer posts as replies under the message.

export interface ThreadOutput {
  title: string;
  lines: string[];
}

export interface RenderedMessage {
  /** Notification / accessibility fallback; Slack shows it where blocks cannot be shown. */
  text: string;
  blocks: types.KnownBlock[];
  thread: ThreadOutput[];
}

/** Rows shown in the channel before a table moves to the thread; more is noise in a channel. */
const INLINE_TABLE_ROWS = 20;
const INLINE_TABLES = 5;
const TEXT_SECTIONS = 3;
const FIELD_SECTIONS = 2;

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function note(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** `&amp;`, `&lt;`, `&gt;` back to characters: the thread escapes its lines itself. */
function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Rules: 1. mentions are stripped and the text escaped before it is cut; 2. sections are cut at safe
 * places (splitMrkdwn), never inside an entity, code span or character; 3. past `TEXT_SECTIONS`
 * the rest moves to the thread with an "N more lines — in the thread" note, never dropped silently.
 */
function proseBlocks(text: string, thread: ThreadOutput[], locale: Locale): types.KnownBlock[] {
  const pieces = splitMrkdwn(escapeMrkdwn(stripMentions(text)), SLACK_LIMITS.sectionText);
  const blocks: types.KnownBlock[] = pieces.slice(0, TEXT_SECTIONS).map(section);
  const rest = pieces.slice(TEXT_SECTIONS);
  if (rest.length > 0) {
    const lines = unescapeMrkdwn(rest.join('')).split('\n');
    blocks.push(note(escapeMrkdwn(t(locale, 'chrome.thread.lines', { count: lines.length }))));
    thread.push({ title: t(locale, 'chrome.more-text'), lines });
  }
  return blocks;
}

function fieldBlocks(fields: ReplyField[], thread: ThreadOutput[], locale: Locale): types.KnownBlock[] {
  const shown = fields.slice(0, SLACK_LIMITS.fieldsPerSection * FIELD_SECTIONS);
  const blocks: types.KnownBlock[] = [];
  for (let i = 0; i < shown.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({
      type: 'section',
      fields: shown.slice(i, i + SLACK_LIMITS.fieldsPerSection).map((f) => ({
        type: 'mrkdwn' as const,
        text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(stripMentions(f.value))}`, SLACK_LIMITS.fieldText),
      })),
    });
  }
  const rest = fields.slice(shown.length);
  if (rest.length > 0) {
    thread.push({ title: t(locale, 'chrome.more-fields'), lines: rest.map((f) => `${f.label}: ${f.value}`) });
  }
  return blocks;
}

function tableBlocks(table: ReplyTable, index: number, thread: ThreadOutput[], locale: Locale): types.KnownBlock[] {
  const lines = tableLines(table);
  const title = table.title ?? t(locale, 'chrome.table', { number: index + 1 });
  const [first = []] = chunkLines(lines.slice(0, INLINE_TABLE_ROWS + 1), SLACK_LIMITS.sectionText);
  const blocks: types.KnownBlock[] = [];
  if (table.title) blocks.push(section(`*${escapeMrkdwn(table.title)}*`));
  blocks.push(section(codeBlock(first)));
  const hiddenRows = lines.length - first.length;
  if (hiddenRows > 0) {
    blocks.push(note(escapeMrkdwn(t(locale, 'chrome.thread.rows', { count: hiddenRows }))));
    thread.push({ title, lines });
  }
  return blocks;
}

function contextLine(context: ReplyProvenance | undefined, locale: Locale): types.ContextBlock | undefined {
  if (!context) return undefined;
  // The catalog's words are escaped with their values; a job id shows as code.
  const parts = [
    context.jobId && escapeMrkdwn(t(locale, 'chrome.provenance.job', { jobId: `\`${context.jobId}\`` })),
    context.requestedBy && escapeMrkdwn(t(locale, 'chrome.provenance.asked-by', { who: context.requestedBy })),
    context.confirmedBy && escapeMrkdwn(t(locale, 'chrome.provenance.confirmed-by', { who: context.confirmedBy })),
    context.cluster && escapeMrkdwn(t(locale, 'chrome.provenance.cluster', { cluster: context.cluster })),
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? note(parts.join('  ·  ')) : undefined;
}

export function renderMessage(reply: Reply): RenderedMessage {
  const locale = reply.locale ?? 'en';
  const thread: ThreadOutput[] = [];
  const blocks: types.KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(`${STATUS_EMOJI[reply.status]} ${reply.title}`, 150), emoji: true },
    },
  ];
  if (reply.text) blocks.push(...proseBlocks(reply.text, thread, locale));
  if (reply.fields?.length) blocks.push(...fieldBlocks(reply.fields, thread, locale));
  const tables = reply.tables ?? [];
  tables.slice(0, INLINE_TABLES).forEach((table, i) => {
    blocks.push(...tableBlocks(table, i, thread, locale));
  });
  for (const [i, table] of tables.slice(INLINE_TABLES).entries()) {
    const title = table.title ?? t(locale, 'chrome.table', { number: INLINE_TABLES + i + 1 });
    thread.push({ title, lines: tableLines(table) });
  }
  if (reply.detail && reply.detail.lines.length > 0) {
    const count = reply.detail.lines.length;
    blocks.push(
      note(`:thread: ${escapeMrkdwn(t(locale, 'chrome.thread.detail', { title: reply.detail.title, count }))}`),
    );
    thread.push({ title: reply.detail.title, lines: reply.detail.lines });
  }
  const actions = actionsBlock(reply.actions);
  const context = contextLine(reply.provenance, locale);
  const tail: types.KnownBlock[] = [];
  if (actions) tail.push(actions);
  if (context) tail.push(context);
  // Rule: never more than 50 blocks; the tail (buttons, context) always survives the cut.
  const room = SLACK_LIMITS.blocksPerMessage - tail.length;
  if (blocks.length > room)
    blocks.splice(
      room - 1,
      blocks.length,
      note(t(locale, 'chrome.blocks-not-shown', { count: blocks.length - room + 1 })),
    );
  blocks.push(...tail);
  // Rule: the fallback text is stripped and escaped like every block, and cut at a safe place.
  const plain = escapeMrkdwn(stripMentions(reply.text ? `${reply.title}: ${reply.text}` : reply.title));
  const [first = ''] = splitMrkdwn(plain, SLACK_LIMITS.fallbackText - 1);
  const text = first.length < plain.length ? `${first}…` : first;
  return { text, blocks, thread };
}
