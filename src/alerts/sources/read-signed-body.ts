import type { Hmac } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Reads a webhook body while feeding every chunk to the signature's HMAC, so the digest is ready the
 * moment the last byte arrives. Bounded: past `limit` bytes nothing more is kept (memory stays
 * bounded); the rest is read and discarded up to `drainLimit`, so the sender gets its answer
 * instead of a reset connection, then reading stops.
 *
 * Rules:
 * 1. Within the limit: the body and the HMAC digest of exactly those bytes.
 * 2. Over the limit: `tooLarge`, the byte count seen, and the first `headBytes` bytes (where
 *    notification-controller's JSON names the object, so the refusal can say which event was lost).
 */
export type SignedBody =
  | { ok: true; body: Buffer; digest: Buffer }
  | { ok: false; tooLarge: true; received: number; head: Buffer };

const HEAD_BYTES = 4096;

export async function readSignedBody(
  stream: Readable,
  hmac: Hmac,
  limit: number,
  drainLimit = limit * 4,
): Promise<SignedBody> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    received += bytes.length;
    if (received <= limit) {
      hmac.update(bytes);
      chunks.push(bytes);
    } else if (received > drainLimit) {
      break;
    }
  }
  if (received > limit) {
    return { ok: false, tooLarge: true, received, head: Buffer.concat(chunks).subarray(0, HEAD_BYTES) };
  }
  return { ok: true, body: Buffer.concat(chunks), digest: hmac.digest() };
}
