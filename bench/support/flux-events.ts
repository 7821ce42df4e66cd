import { createHmac } from 'node:crypto';

/**
 * What notification-controller's generic-hmac Provider POSTs for one HelmRelease failure, and its
 * `X-Signature`. Object `index` lives in namespace `bench-<index mod namespaces>`, so a bench can
 * give every namespace its own subscribed channel.
 */
export function helmReleaseFailure(index: number, namespaces: number): string {
  const namespace = `bench-${index % namespaces}`;
  return JSON.stringify({
    involvedObject: {
      kind: 'HelmRelease',
      namespace,
      name: `release-${index}`,
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
    },
    severity: 'error',
    timestamp: new Date().toISOString(),
    message: `Helm upgrade failed for release ${namespace}/release-${index} with chart podinfo@6.5.4: timed out waiting for the condition`,
    reason: 'UpgradeFailed',
    metadata: { revision: '6.5.4' },
    reportingController: 'helm-controller',
  });
}

export function fluxSignature(key: string, body: string): string {
  return `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
}

/** The object index a posted alert names (`… release-<n> …` in its text), if any. */
export function releaseIndex(text: string): number | undefined {
  const match = /release-(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}
