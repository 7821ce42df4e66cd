import { stringify } from 'yaml';

// The manifests `alerts setup` hands out: per namespace that holds Flux objects
// (setup-namespaces.ts), a Secret with the HMAC key, a generic-hmac Provider pointing at this
// fluxops, and an Alert selecting every Flux kind whose controller runs (setup-flux-support.ts).
// One set per namespace because Alerts cannot select other namespaces when cross-namespace
// references are disabled (the default under Azure's multi-tenancy).

const SECRET_NAME = 'fluxops-webhook-hmac';
const PROVIDER_NAME = 'fluxops';

/** The Provider address: `webhookId` is `<cluster name>/<digest of its ARM id>` (webhook-id.ts). */
export function webhookUrl(publicUrl: string, webhookId: string): string {
  const path = webhookId.toLowerCase().split('/').map(encodeURIComponent).join('/');
  return `${publicUrl.replace(/\/+$/, '')}/webhooks/flux/${path}`;
}

export function setupManifests(input: {
  cluster: string;
  webhookId: string;
  publicUrl: string;
  key: string;
  namespaces: string[];
  kinds: readonly string[];
}): string {
  const documents = input.namespaces.flatMap((namespace) => [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: SECRET_NAME, namespace },
      type: 'Opaque',
      stringData: { token: input.key },
    },
    {
      apiVersion: 'notification.toolkit.fluxcd.io/v1beta3',
      kind: 'Provider',
      metadata: { name: PROVIDER_NAME, namespace },
      spec: {
        type: 'generic-hmac',
        address: webhookUrl(input.publicUrl, input.webhookId),
        secretRef: { name: SECRET_NAME },
      },
    },
    {
      apiVersion: 'notification.toolkit.fluxcd.io/v1beta3',
      kind: 'Alert',
      metadata: { name: PROVIDER_NAME, namespace },
      spec: {
        providerRef: { name: PROVIDER_NAME },
        // info, not error: recoveries (…Succeeded) are info events and close the alerts.
        eventSeverity: 'info',
        eventSources: input.kinds.map((kind) => ({ kind, name: '*' })),
        eventMetadata: { cluster: input.cluster.toLowerCase() },
      },
    },
  ]);
  return documents.map((document) => stringify(document)).join('---\n');
}
