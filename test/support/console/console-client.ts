import { sendDecision, sendMessage, watchChannel } from '../../../adapters/console/console-client.ts';
import type { ConsoleLine, WatchLine } from '../../../adapters/console/console-protocol.ts';
import type { Following } from '../../../adapters/console/following.ts';

type ReplyLine = Extract<ConsoleLine, { type: 'reply' }>;

/**
 * Sends a console message and collects every reply line until the stream ends. `locale` is what the
 * console client sends from LANG/LC_ALL (`ja_JP.UTF-8`).
 */
export async function chat(
  baseUrl: string,
  text: string,
  user = 'alice',
  channel = 'ops',
  locale?: string,
): Promise<ReplyLine[]> {
  const out: ReplyLine[] = [];
  const message = { user, channel, text, ...(locale ? { locale } : {}) };
  for await (const line of sendMessage({ baseUrl }, message)) if (line.type === 'reply') out.push(line);
  return out;
}

export async function decideIn(
  baseUrl: string,
  token: string,
  decision: 'confirm' | 'cancel',
  user = 'alice',
  channel = 'ops',
): Promise<ReplyLine[]> {
  const out: ReplyLine[] = [];
  for await (const line of sendDecision({ baseUrl }, { user, channel, token, decision })) {
    if (line.type === 'reply') out.push(line);
  }
  return out;
}

export function lastReply(lines: ReplyLine[]) {
  const last = lines.at(-1);
  if (!last) throw new Error('no reply lines');
  return last.reply;
}

type MessageLine = Extract<WatchLine, { type: 'message' }>;

/** A channel watch running in the background, collecting its messages until `stop()`. */
export interface Watch {
  messages: MessageLine[];
  stop(): void;
}

/** Opens a watch of `channel` and resolves once the server confirmed the subscription. */
export async function watch(baseUrl: string, channel: string, following?: Following): Promise<Watch> {
  const abort = new AbortController();
  const messages: MessageLine[] = [];
  const stream = watchChannel({ baseUrl }, { channel, following, signal: abort.signal });
  const first = await stream.next();
  if (first.done || first.value.type !== 'ready') throw new Error(`watch of ${channel} did not start`);
  void (async () => {
    for await (const line of stream) if (line.type === 'message') messages.push(line);
  })();
  return {
    messages,
    stop: () => abort.abort(),
  };
}
