import type { ConsoleLine, WatchLine } from './console-protocol.ts';
import type { Following } from './following.ts';

/**
 * Client of the console endpoint: posts a message (or a decision) and yields the NDJSON lines as
 * they arrive, or watches a channel. Used by `npm run chat` and by tests.
 */
export interface ConsoleClientOptions {
  baseUrl: string;
  token?: string;
}

async function* lines<T = ConsoleLine>(response: Response): AsyncGenerator<T> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as T;
      newline = buffer.indexOf('\n');
    }
  }
}

async function post(options: ConsoleClientOptions, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(new URL(path, options.baseUrl), { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(`console endpoint answered ${response.status}: ${text}`);
  }
  return response;
}

export async function* sendMessage(
  options: ConsoleClientOptions,
  message: { user: string; channel: string; text: string; id?: string; locale?: string },
): AsyncGenerator<ConsoleLine> {
  yield* lines(await post(options, '/console/messages', message));
}

export async function* sendDecision(
  options: ConsoleClientOptions,
  decision: { user: string; channel: string; token: string; decision: 'confirm' | 'cancel'; locale?: string },
): AsyncGenerator<ConsoleLine> {
  yield* lines(await post(options, '/console/decisions', decision));
}

/**
 * Watches a console channel: yields `ready` once nothing published can be missed, then every message
 * posted to the channel, except those under a key `following` holds (the caller shows them through
 * its own command streams). Heartbeats are swallowed. Ends when `signal` aborts.
 */
export async function* watchChannel(
  options: ConsoleClientOptions,
  watch: { channel: string; following?: Pick<Following, 'has'>; signal?: AbortSignal },
): AsyncGenerator<Exclude<WatchLine, { type: 'heartbeat' }>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const url = new URL(`/console/channels/${encodeURIComponent(watch.channel)}/stream`, options.baseUrl);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: watch.signal });
  } catch (error) {
    if (watch.signal?.aborted) return;
    throw error;
  }
  if (!response.ok) throw new Error(`console endpoint answered ${response.status}: ${await response.text()}`);
  try {
    for await (const line of lines<WatchLine>(response)) {
      if (line.type === 'heartbeat') continue;
      if (line.type === 'message' && watch.following?.has(line.key)) continue;
      yield line;
    }
  } catch (error) {
    // Aborting is how a watch ends; only an unexpected break is an error.
    if (watch.signal?.aborted) return;
    throw error;
  }
}
