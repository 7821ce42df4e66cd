import type { FluxEvent } from '../engine/flux-event.ts';

/**
 * Turns the JSON notification-controller POSTs (fluxcd/pkg event/v1beta1 `Event`, metadata already
 * merged and de-prefixed by the controller) into a FluxEvent. Returns a reason instead of throwing,
 * because a malformed body is the sender's problem, answered with 400.
 */
export type ReadResult = { ok: true; event: FluxEvent } | { ok: false; reason: string };

/**
 * What an alert keeps of a message. Flux itself truncates nothing (the event API documents 39,000
 * characters, but change sets and drift lists grow past it); the webhook accepts the whole body.
 */
const MAX_MESSAGE = 39_000;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Flux's own lookup order (docs/upstream.md §F5): commit, then originRevision, then revision — bare or group-prefixed. */
function revisionOf(metadata: Record<string, unknown>): string | undefined {
  for (const name of ['commit', 'originRevision', 'revision']) {
    const bare = text(metadata[name]);
    if (bare) return bare;
    const prefixed = Object.keys(metadata).find((key) => key.endsWith(`.fluxcd.io/${name}`));
    if (prefixed && text(metadata[prefixed])) return text(metadata[prefixed]);
  }
  return undefined;
}

export function readFluxWebhookEvent(cluster: string, body: unknown): ReadResult {
  if (typeof body !== 'object' || body === null) return { ok: false, reason: 'body is not a JSON object' };
  const raw = body as Record<string, unknown>;
  const involved = raw.involvedObject as Record<string, unknown> | undefined;
  const kind = text(involved?.kind);
  const name = text(involved?.name);
  if (!kind || !name) return { ok: false, reason: 'involvedObject.kind and involvedObject.name are required' };
  const reason = text(raw.reason);
  if (!reason) return { ok: false, reason: 'reason is required' };
  // Trace never leaves the cluster; anything that is not error is informational.
  const severity = raw.severity === 'error' ? 'error' : 'info';
  const timestamp = text(raw.timestamp);
  const parsedTime = timestamp ? Date.parse(timestamp) : Number.NaN;
  const metadata =
    typeof raw.metadata === 'object' && raw.metadata !== null ? (raw.metadata as Record<string, unknown>) : {};
  return {
    ok: true,
    event: {
      cluster: cluster.toLowerCase(),
      kind,
      namespace: text(involved?.namespace) ?? 'default',
      name,
      severity,
      reason,
      message: (text(raw.message) ?? '').slice(0, MAX_MESSAGE),
      revision: revisionOf(metadata),
      time: Number.isNaN(parsedTime) ? new Date().toISOString() : new Date(parsedTime).toISOString(),
      source: 'webhook',
    },
  };
}
