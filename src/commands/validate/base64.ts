/**
 * Strict base64 (RFC 4648, standard alphabet, padding optional) → bytes, or undefined.
 * Node's Buffer.from(…, 'base64') silently skips garbage, so the alphabet is checked first.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || !BASE64.test(compact)) return undefined;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** UTF-8 text of strict base64, or undefined when either layer is invalid. */
export function decodeBase64Utf8(text: string): string | undefined {
  const bytes = decodeBase64(text);
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
