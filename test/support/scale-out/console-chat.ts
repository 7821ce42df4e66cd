import type { ConsoleLine, WatchLine } from '../../../adapters/console/console-protocol.ts';
import { isFinal } from '../../../src/replies/reply.ts';

/** POST /console/messages on a web process: every NDJSON line of the answer, up to its end line. */
export async function say(webUrl: string, channel: string, text: string, user = 'alice'): Promise<ConsoleLine[]> {
  const response = await fetch(`${webUrl}/console/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, channel, text }),
  });
  if (!response.ok) throw new Error(`console answered ${response.status}: ${await response.text()}`);
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ConsoleLine);
}

/** Everything posted to a console channel, as a chat user watching it sees it (GET …/stream). */
export interface ChannelWatch {
  messages: Extract<WatchLine, { type: 'message' }>[];
  stop(): void;
}

export async function watchChannel(webUrl: string, channel: string): Promise<ChannelWatch> {
  const abort = new AbortController();
  const response = await fetch(`${webUrl}/console/channels/${channel}/stream`, { signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`watch answered ${response.status}`);
  const messages: ChannelWatch['messages'] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  void (async () => {
    let buffered = '';
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffered += value;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const text of lines.filter(Boolean)) {
        const line = JSON.parse(text) as WatchLine;
        if (line.type === 'ready') ready();
        if (line.type === 'message') messages.push(line);
      }
    }
  })();
  await isReady;
  return { messages, stop: () => abort.abort() };
}

/** Per message key, the distinct final replies posted (a redelivered message has the same seq: one reply). */
export function finalsByKey(messages: ChannelWatch['messages']): Map<string, Set<number>> {
  const finals = new Map<string, Set<number>>();
  for (const m of messages) {
    if (!isFinal(m.reply.status)) continue;
    const seqs = finals.get(m.key) ?? new Set<number>();
    seqs.add(m.seq);
    finals.set(m.key, seqs);
  }
  return finals;
}
