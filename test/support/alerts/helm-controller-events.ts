import type { ControllerEvent } from './notification-controller.ts';

/**
 * HelmRelease events as helm-controller 1.3.2 (microsoft.flux 1.19.5–1.22.2) and 1.4.5 (1.23.0–1.24.1)
 * record them (docs/upstream.md §F1.4, §F3.1): Warning `DriftDetected` ("… has drifted from the
 * desired state:" plus one line per object), Normal `DriftCorrected` ("… has been corrected:"),
 * Normal `UpgradeSucceeded`; metadata from its `eventMeta` (chart version, config digest token,
 * app version, and for OCI charts the digest). Neither version emits anything when drift goes away.
 */
export type HelmControllerVersion = '1.3.2' | '1.4.5';

export interface Release {
  namespace: string;
  name: string;
  chart: string;
  chartVersion: string;
  appVersion: string;
  /** Helm's release number (the `.vN` suffix). */
  number: number;
  /** Set for a chart pulled from an OCI registry (helm-controller adds `oci-digest`). */
  ociDigest?: string;
}

const GROUP = 'helm.toolkit.fluxcd.io';

type HelmReason = 'DriftDetected' | 'DriftCorrected' | 'UpgradeSucceeded';

function message(reason: HelmReason, release: Release, drifted: readonly string[]): string {
  const ref = `${release.namespace}/${release.name}.v${release.number}`;
  const changes = drifted.join('\n');
  if (reason === 'DriftDetected')
    return `Cluster state of release ${ref} has drifted from the desired state:\n${changes}`;
  if (reason === 'DriftCorrected') return `Cluster state of release ${ref} has been corrected:\n${changes}`;
  return `Helm upgrade succeeded for release ${ref} with chart ${release.chart}@${release.chartVersion}`;
}

export function helmControllerEvent(
  version: HelmControllerVersion,
  release: Release,
  reason: HelmReason,
  at: Date,
  drifted: readonly string[] = [],
): ControllerEvent {
  const metadata: Record<string, string> = {
    [`${GROUP}/revision`]: release.chartVersion,
    [`${GROUP}/token`]: 'sha256:4f2c1b8e9d0a7c6b5e4d3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c',
    [`${GROUP}/app-version`]: release.appVersion,
  };
  if (release.ociDigest) metadata[`${GROUP}/oci-digest`] = release.ociDigest;
  return {
    involvedObject: {
      kind: 'HelmRelease',
      namespace: release.namespace,
      name: release.name,
      uid: '2b9f5a4c-6d1e-4f3a-9c8b-7e6d5c4b3a21',
      apiVersion: `${GROUP}/v2`,
      resourceVersion: String(48_213 + release.number),
    },
    severity: reason === 'DriftDetected' ? 'error' : 'info',
    timestamp: at,
    message: message(reason, release, drifted),
    reason,
    metadata,
    reportingController: 'helm-controller',
    reportingInstance: version === '1.3.2' ? 'helm-controller-5f7d8c9b6-kq2xw' : 'helm-controller-7b9c6d5f4-r8m4t',
  };
}
