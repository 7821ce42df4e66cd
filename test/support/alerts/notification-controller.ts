import { createHmac } from 'node:crypto';
import { goString, goStringMap } from './go-json.ts';

/**
 * What Flux's notification-controller POSTs to a `generic-hmac` Provider, rebuilt from its source for
 * the versions microsoft.flux ships (v1.6.0 in 1.19.5–1.22.2, v1.7.5 in 1.23.0–1.24.1; both alike here):
 * - the body is `json.Marshal(eventv1.Event)` (fluxcd/pkg apis/event/v1beta1): fields in struct order
 *   `involvedObject` (ObjectReference: kind, namespace, name, uid, apiVersion, resourceVersion,
 *   omitempty), `severity`, `timestamp` (metav1.Time: RFC 3339 in UTC, whole seconds), `message`,
 *   `reason`, `metadata` (omitempty), `reportingController`, `reportingInstance` (omitempty);
 * - metadata as the controller dispatches it (internal/server/event_handlers.go): only keys of the
 *   object's API group (and `event.toolkit.fluxcd.io/`) survive, minus `checksum` and `digest`; the
 *   group prefix is stripped and `token` dropped;
 * - headers (internal/notifier/forwarder.go): `Content-Type: application/json`, `gotk-component:
 *   <reportingController>`, `X-Signature: sha256=<hex HMAC-SHA256 of exactly these bytes>`.
 */
export interface ControllerEvent {
  involvedObject: {
    kind: string;
    namespace: string;
    name: string;
    uid: string;
    apiVersion: string;
    resourceVersion: string;
  };
  severity: 'info' | 'error';
  /** The recorder's metav1.Now(); the wire keeps whole seconds. */
  timestamp: Date;
  message: string;
  reason: string;
  /** As the reporting controller annotates it: keys prefixed with the object's API group. */
  metadata: Record<string, string>;
  reportingController: string;
  reportingInstance: string;
}

const EVENT_GROUP = 'event.toolkit.fluxcd.io/';

/** The metadata notification-controller forwards (cleanup, then the merge that strips the object group). */
function forwardedMetadata(apiVersion: string, metadata: Record<string, string>): Record<string, string> {
  const group = `${apiVersion.split('/')[0]}/`;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (key.startsWith(EVENT_GROUP)) out[key] = value;
    if (!key.startsWith(group)) continue;
    const bare = key.slice(group.length);
    if (['checksum', 'digest', 'token'].includes(bare.toLowerCase())) continue;
    out[bare] = value;
  }
  return out;
}

/** RFC 3339 in UTC with whole seconds, as Go's time.RFC3339 formats a metav1.Time. */
function rfc3339(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The exact bytes notification-controller posts for one event. */
export function notificationBody(event: ControllerEvent): string {
  const o = event.involvedObject;
  const reference = [
    ['kind', o.kind],
    ['namespace', o.namespace],
    ['name', o.name],
    ['uid', o.uid],
    ['apiVersion', o.apiVersion],
    ['resourceVersion', o.resourceVersion],
  ]
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${goString(key!)}:${goString(value!)}`)
    .join(',');
  const metadata = forwardedMetadata(o.apiVersion, event.metadata);
  const fields = [
    `"involvedObject":{${reference}}`,
    `"severity":${goString(event.severity)}`,
    `"timestamp":${goString(rfc3339(event.timestamp))}`,
    `"message":${goString(event.message)}`,
    `"reason":${goString(event.reason)}`,
    ...(Object.keys(metadata).length ? [`"metadata":${goStringMap(metadata)}`] : []),
    `"reportingController":${goString(event.reportingController)}`,
    ...(event.reportingInstance ? [`"reportingInstance":${goString(event.reportingInstance)}`] : []),
  ];
  return `{${fields.join(',')}}`;
}

/** POSTs one event to the fluxops webhook exactly as notification-controller's forwarder does. */
export async function forwardEvent(baseUrl: string, cluster: string, event: ControllerEvent, key: string) {
  const body = Buffer.from(notificationBody(event), 'utf8');
  return fetch(`${baseUrl}/webhooks/flux/${cluster}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'gotk-component': event.reportingController,
      'X-Signature': `sha256=${createHmac('sha256', key).update(body).digest('hex')}`,
    },
    body,
  });
}
