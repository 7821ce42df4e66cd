/**
 * Go's `encoding/json` string and map encoding, for rebuilding notification-controller's request
 * bodies byte for byte (Go ≥ 1.22, which every controller version used here is built with):
 * - strings: `"` and `\` escaped; `\b \f \n \r \t` short; other control characters `\u00xx`
 *   (lower-case hex); `<`, `>`, `&` escaped as `\u003c \u003e \u0026` (HTML-safe by default);
 *   U+2028 and U+2029 escaped; everything else (non-ASCII included) written as UTF-8.
 * - maps: keys sorted by their bytes.
 * JSON.stringify already does the first two; the rest is applied on top.
 */
const GO_EXTRA_ESCAPES = /[<>&\u2028\u2029]/g;

export function goString(value: string): string {
  return JSON.stringify(value).replace(
    GO_EXTRA_ESCAPES,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A `map[string]string` as Go marshals it: keys in byte order. */
export function goStringMap(map: Readonly<Record<string, string>>): string {
  const keys = Object.keys(map).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return `{${keys.map((key) => `${goString(key)}:${goString(map[key] ?? '')}`).join(',')}}`;
}
