import { sendDecision, sendMessage } from '../../adapters/console/console-client.ts';
import type { ConsoleLine } from '../../adapters/console/console-protocol.ts';

type ReplyLine = Extract<ConsoleLine, { type: 'reply' }>;

/** Sends a console message and collects every reply line until the stream ends. */
export async function chat(baseUrl: string, text: string, user = 'alice', channel = 'ops'): Promise<ReplyLine[]> {
  const out: ReplyLine[] = [];
  for await (const line of sendMessage({ baseUrl }, { user, channel, text })) if (line.type === 'reply') out.push(line);
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
