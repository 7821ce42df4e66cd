import type { ConsoleLine } from './console-protocol.ts';

/**
 * Client of the console endpoint: posts a message (or a decision) and yields the NDJSON lines as
 * they arrive. Used by `npm run chat` and by tests.
 */
export interface ConsoleClientOptions {
  baseUrl: string;
  token?: string;
}

async function* lines(response: Response): AsyncGenerator<ConsoleLine> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as ConsoleLine;
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
  message: { user: string; channel: string; text: string; id?: string },
): AsyncGenerator<ConsoleLine> {
  yield* lines(await post(options, '/console/messages', message));
}

export async function* sendDecision(
  options: ConsoleClientOptions,
  decision: { user: string; channel: string; token: string; decision: 'confirm' | 'cancel' },
): AsyncGenerator<ConsoleLine> {
  yield* lines(await post(options, '/console/decisions', decision));
}
