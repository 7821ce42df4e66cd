import { createHmac } from 'node:crypto';

/** Posts a Flux event the way notification-controller's generic-hmac Provider does. */
export async function postFluxEvent(
  baseUrl: string,
  cluster: string,
  event: unknown,
  key: string,
  algorithm = 'sha256',
): Promise<Response> {
  const body = JSON.stringify(event);
  return fetch(`${baseUrl}/webhooks/flux/${cluster}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'gotk-component': 'helm-controller',
      'x-signature': `${algorithm}=${createHmac(algorithm, key).update(body).digest('hex')}`,
    },
    body,
  });
}

/** A HelmRelease event as helm-controller reports it, `second` seconds after a fixed start. */
export function helmReleaseEvent(
  options: {
    name?: string;
    namespace?: string;
    kind?: string;
    severity?: 'error' | 'info';
    reason?: string;
    message?: string;
    second?: number;
  } = {},
) {
  const kind = options.kind ?? 'HelmRelease';
  const group = kind === 'HelmRelease' ? 'helm.toolkit.fluxcd.io' : 'kustomize.toolkit.fluxcd.io';
  return {
    involvedObject: {
      kind,
      namespace: options.namespace ?? 'cluster-config',
      name: options.name ?? 'podinfo',
      uid: '6f1c2d8e-0000-4000-8000-000000000001',
      apiVersion: kind === 'HelmRelease' ? `${group}/v2` : `${group}/v1`,
      resourceVersion: '1234',
    },
    severity: options.severity ?? 'error',
    timestamp: new Date(Date.UTC(2026, 10, 22, 9, 0, 0) + (options.second ?? 0) * 1000)
      .toISOString()
      .replace('.000Z', 'Z'),
    message:
      options.message ??
      'Helm upgrade failed for release cluster-config/podinfo with chart podinfo@6.5.4: context deadline exceeded',
    reason: options.reason ?? 'UpgradeFailed',
    metadata: { revision: '6.5.4' },
    reportingController: kind === 'HelmRelease' ? 'helm-controller' : 'kustomize-controller',
    reportingInstance: 'helm-controller-7d9f8c6b5-x2x9k',
  };
}
