// What the stand-in received, so tests can assert on traffic ("ARM saw exactly one DELETE").
// Protected settings are redacted on the way in: the log may end up printed in a test failure.

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent. */
  path: string;
  /** Query string without the leading `?` (e.g. `api-version=2023-05-01`). */
  query: string;
  /** Parsed JSON body (secrets redacted), the raw text if it was not JSON, or undefined. */
  body: unknown;
  /** Status code answered; set once the response is written. */
  status?: number;
  at: string;
}

const SECRET_KEYS = new Set([
  'configurationProtectedSettings',
  'accountKey',
  'sasToken',
  'clientSecret',
  'clientCertificate',
  'clientCertificatePassword',
]);

export const REDACTED = '<redacted>';

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!SECRET_KEYS.has(key) || entry === null) result[key] = redactSecrets(entry);
    else if (typeof entry === 'object')
      result[key] = Object.fromEntries(Object.keys(entry).map((name) => [name, REDACTED]));
    else result[key] = REDACTED;
  }
  return result;
}
