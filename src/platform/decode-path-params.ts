/**
 * Decodes a route's `:name` captures. Rules: 1. each capture is percent-decoded; 2. a capture whose
 * percent-encoding is malformed (`%ZZ`, a lone `%`, half a UTF-8 sequence) makes the whole result
 * `undefined`, so the router answers 400 instead of letting `URIError` become a 500.
 */
export function decodePathParams(keys: string[], captures: (string | undefined)[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, key] of keys.entries()) {
    try {
      params[key] = decodeURIComponent(captures[i] ?? '');
    } catch {
      return undefined;
    }
  }
  return params;
}
