import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verifies notification-controller's generic-hmac signature: `X-Signature: <algo>=<hex HMAC of the
 * raw body>` keyed with the Provider secret's `token`. Pure functions, like bolt-js
 * verify-request.ts; the caller answers 401 on any failure and stores nothing. The webhook route
 * reads the header first and streams the body into the HMAC (read-signed-body.ts); callers holding
 * the whole body use `verifyFluxSignature`.
 */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export type SignatureHeader = { ok: true; algorithm: string; given: Buffer } | { ok: false; reason: string };

/** Flux signs with sha256 today; its documented verifier also accepts these. */
const ALGORITHMS = new Set(['sha224', 'sha256', 'sha384', 'sha512']);

/** Rule 2: exactly one X-Signature header of the form `<algo>=<hex>`. */
export function readSignatureHeader(header: string | string[] | undefined): SignatureHeader {
  if (typeof header !== 'string' || header === '') return { ok: false, reason: 'missing X-Signature header' };
  const separator = header.indexOf('=');
  const algorithm = header.slice(0, separator).trim().toLowerCase();
  const hex = header.slice(separator + 1).trim();
  if (separator < 0 || !ALGORITHMS.has(algorithm)) return { ok: false, reason: 'unsupported signature algorithm' };
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length % 2 !== 0) return { ok: false, reason: 'malformed signature' };
  return { ok: true, algorithm, given: Buffer.from(hex, 'hex') };
}

/** Rule 4: constant-time comparison; lengths first, because timingSafeEqual demands equal sizes. */
export function signatureMatches(expected: Buffer, given: Buffer): SignatureCheck {
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true };
}

export function verifyFluxSignature(input: {
  signatureHeader: string | string[] | undefined;
  rawBody: Buffer;
  key: string | undefined;
}): SignatureCheck {
  // 1. Without a key for this cluster nothing can be trusted (unknown cluster or never set up).
  if (!input.key) return { ok: false, reason: 'no webhook key for this cluster' };
  // 2.
  const header = readSignatureHeader(input.signatureHeader);
  if (!header.ok) return header;
  // 3. HMAC over the raw bytes as received: re-serialising parsed JSON would change them.
  const expected = createHmac(header.algorithm, input.key).update(input.rawBody).digest();
  // 4.
  return signatureMatches(expected, header.given);
}
