import { isFinal, type Reply } from '../../src/replies/reply.ts';
import type { WatchLine } from './console-protocol.ts';
import { renderText } from './render-text.ts';
import { terminalSafe } from './terminal-safe.ts';

type MessageLine = Extract<WatchLine, { type: 'message' }>;

interface Shown {
  seq: number;
  /** The title it was first shown with: an alert's own, even after it was marked resolved. */
  firstTitle: string;
  status: Reply['status'];
  title: string;
  lines: Set<string>;
}

/** Keys remembered for updates and thread parents; a message older than that is long settled. */
const REMEMBERED = 500;

/**
 * Turns a channel watch into terminal text. Slack and Teams update a message in place; a terminal
 * can only append, so:
 * - a new key prints in full; one with `threadOf` prints indented under "↳ re: <parent's title>";
 * - an update prints one `↻` line with its new title, plus the text lines it adds as `  … line`,
 *   and only when the status, title or text changed: an alert's repeat only bumps its count and
 *   last-seen time, which would otherwise print the whole alert again on every reconcile; a run of
 *   updates to the message printed last (a job's progress) leaves out the unchanged `↻` line;
 * - an update that finishes a job (queued/running → final) prints in full, since that is its result;
 * - an update older than what was shown (seq) prints nothing;
 * - what it returns has no escape sequences or control characters (`terminal-safe.ts`): the text is remote.
 */
export class WatchPrinter {
  private readonly shown = new Map<string, Shown>();
  /** The key printed last: a run of updates to it (a job's progress) needs no headline each time. */
  private lastPrinted: string | undefined;

  render(line: MessageLine): string | undefined {
    const before = this.shown.get(line.key);
    if (before && line.seq <= before.seq) return undefined;
    const text = before ? this.update(before, line.reply, this.lastPrinted === line.key) : renderText(line.reply);
    this.remember(line, before);
    if (text === undefined) return undefined;
    this.lastPrinted = line.key;
    return terminalSafe(line.threadOf ? this.threaded(line.threadOf, text) : text);
  }

  private update(before: Shown, reply: Reply, printedLast: boolean): string | undefined {
    if (!isFinal(before.status) && isFinal(reply.status)) return renderText(reply);
    const added = textLines(reply)
      .filter((l) => !before.lines.has(l))
      .map((l) => `  … ${l}`);
    const changed = reply.status !== before.status || reply.title !== before.title;
    if (!changed && added.length === 0) return undefined;
    if (!changed && printedLast) return added.join('\n');
    const headline = renderText({ status: reply.status, title: reply.title }).split('\n')[0] ?? reply.title;
    return [`↻ ${headline}`, ...added].join('\n');
  }

  private threaded(parentKey: string, text: string): string {
    const parent = this.shown.get(parentKey)?.firstTitle ?? 'an earlier message';
    return [`  ↳ re: ${parent}`, ...text.split('\n').map((l) => `    ${l}`)].join('\n');
  }

  private remember(line: MessageLine, before: Shown | undefined): void {
    const lines = before?.lines ?? new Set<string>();
    for (const l of textLines(line.reply)) lines.add(l);
    this.shown.delete(line.key);
    this.shown.set(line.key, {
      seq: line.seq,
      firstTitle: before?.firstTitle ?? line.reply.title,
      status: line.reply.status,
      title: line.reply.title,
      lines,
    });
    if (this.shown.size > REMEMBERED) this.shown.delete(this.shown.keys().next().value as string);
  }
}

function textLines(reply: Reply): string[] {
  return (reply.text ?? '').split('\n').filter((l) => l.trim());
}
