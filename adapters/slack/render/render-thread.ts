import type { types } from '@slack/bolt';
import { t } from '../../../src/replies/catalog/index.ts';
import type { Locale } from '../../../src/replies/locale/locale.ts';
import { chunkLines } from './chunk-lines.ts';
import { SLACK_LIMITS, THREAD_BUDGET } from './limits.ts';
import { codeBlock, escapeMrkdwn } from './mrkdwn.ts';
import type { ThreadOutput } from './render-message.ts';

// Long output as thread replies: code blocks of at most 3,000 characters, at most
// `sectionsPerMessage` blocks per message and `messages` messages per job. Whatever is left is
// counted in a closing "N more lines" note — a long log must never turn into a failed post.

export interface ThreadMessage {
  text: string;
  blocks: types.KnownBlock[];
}

interface Piece {
  title: string;
  lines: string[];
}

export function renderThread(outputs: ThreadOutput[], locale: Locale = 'en'): ThreadMessage[] {
  const pieces: Piece[] = outputs.flatMap((output) =>
    chunkLines(output.lines, SLACK_LIMITS.sectionText).map((lines) => ({ title: output.title, lines })),
  );
  const capacity = THREAD_BUDGET.messages * THREAD_BUDGET.sectionsPerMessage;
  const shown = pieces.slice(0, capacity);
  const hiddenLines = pieces.slice(capacity).reduce((sum, piece) => sum + piece.lines.length, 0);
  const messages: ThreadMessage[] = [];
  for (let i = 0; i < shown.length; i += THREAD_BUDGET.sectionsPerMessage) {
    const group = shown.slice(i, i + THREAD_BUDGET.sectionsPerMessage);
    const blocks: types.KnownBlock[] = [];
    let lastTitle: string | undefined;
    for (const piece of group) {
      // A title opens each output once; its continuation chunks follow without repeating it.
      if (piece.title !== lastTitle) {
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `*${escapeMrkdwn(piece.title)}*` }] });
        lastTitle = piece.title;
      }
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: codeBlock(piece.lines) } });
    }
    messages.push({ text: group[0]?.title ?? t(locale, 'chrome.output'), blocks });
  }
  const last = messages.at(-1);
  if (last && hiddenLines > 0) {
    last.blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeMrkdwn(t(locale, 'chrome.lines-not-shown', { count: hiddenLines })) }],
    });
  }
  return messages;
}
