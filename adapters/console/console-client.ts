import type { ConsoleLine, WatchLine } from './console-protocol.ts';
import type { Following } from './following.ts';
import { NoAnswerError } from './no-answer-error.ts';

/**
 * Client of the console endpoint: posts a message (or a decision) and yields the NDJSON lines as
 * they arrive, or watches a channel. Used by `npm run chat` and by tests.
 */
export interface ConsoleClientOptions {
  baseUrl: string;
  token?: string;
  /**
   * How long a message or decision waits for the first line of its answer (the answer comes at once;
   * only a long command's later lines take as long as it runs, so they are not bounded).
   */
  answerWaitMs?: number;
}

/** The default wait for the first line of an answer: the server answers at once, even with Redis down. */
const ANSWER_WAIT_MS = 30_000;

async function* lines<T = ConsoleLine>(response: Response, onFirstChunk?: () => void): AsyncGenerator<T> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body) {
    onFirstChunk?.();
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

/**
 * Posts to the endpoint and yields the answer's lines. Rules: 1. silence before the first byte of
 * the answer ends the request after `answerWaitMs` with a NoAnswerError naming the URL; 2. once a
 * byte came, the answer may take as long as its command runs; 3. a refusal (not 2xx) is an error
 * carrying the endpoint's status and body.
 */
async function* answer(options: ConsoleClientOptions, path: string, body: unknown): AsyncGenerator<ConsoleLine> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const url = new URL(path, options.baseUrl);
  const waitMs = options.answerWaitMs ?? ANSWER_WAIT_MS;
  const silence = new AbortController();
  const timer = setTimeout(() => silence.abort(), waitMs);
  try {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: silence.signal });
    if (!response.ok) {
      clearTimeout(timer);
      throw new Error(`console endpoint answered ${response.status}: ${await response.text()}`);
    }
    yield* lines(response, () => clearTimeout(timer));
  } catch (error) {
    if (silence.signal.aborted) throw new NoAnswerError(options.baseUrl, waitMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function* sendMessage(
  options: ConsoleClientOptions,
  message: { user: string; channel: string; text: string; id?: string; locale?: string },
): AsyncGenerator<ConsoleLine> {
  yield* answer(options, '/console/messages', message);
}

export async function* sendDecision(
  options: ConsoleClientOptions,
  decision: { user: string; channel: string; token: string; decision: 'confirm' | 'cancel'; locale?: string },
): AsyncGenerator<ConsoleLine> {
  yield* answer(options, '/console/decisions', decision);
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
