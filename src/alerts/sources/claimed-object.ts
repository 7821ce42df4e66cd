/**
 * The object a webhook body says it is about, read from its first bytes only: for a body refused
 * as too large, so the log can name the event that was lost. notification-controller marshals
 * `involvedObject` first (a flat ObjectReference, no nested braces). Unverified — the signature
 * was never checked — so it is for the log line only.
 */
const INVOLVED_OBJECT = /"involvedObject"\s*:\s*(\{[^{}]*\})/;

export function claimedObject(head: Buffer): string {
  const match = INVOLVED_OBJECT.exec(head.toString('utf8'));
  if (!match?.[1]) return 'unknown (no involvedObject in the first bytes)';
  try {
    const object = JSON.parse(match[1]) as Record<string, unknown>;
    const part = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '?');
    return `${part(object.kind)}/${part(object.namespace)}/${part(object.name)}`;
  } catch {
    return 'unknown (involvedObject is not JSON)';
  }
}
