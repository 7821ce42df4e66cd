// Reading request bodies and writing ARM-style JSON responses on node:http primitives.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ArmError } from './errors.ts';

const MAX_BODY_BYTES = 4 * 1024 * 1024; // ARM's own request size limit

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ArmError(413, 'RequestEntityTooLarge', 'The request content is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; ARM answers unparsable content with 400 InvalidRequestContent. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${(error as Error).message}'.`,
    );
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': Buffer.byteLength(payload),
    'x-ms-request-id': crypto.randomUUID(),
  });
  response.end(payload);
}

export function sendArmError(response: ServerResponse, error: ArmError): void {
  const headers: Record<string, string> = { 'x-ms-failure-cause': 'gateway' };
  if (error.extra.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.extra.retryAfterSeconds);
  sendJson(response, error.status, error.extra.bodyless ? undefined : error.toBody(), headers);
}
