// The few fields of a Flux object fluxops reads, typed loosely because versions differ
// (v2beta1 HelmReleases have no `history`; sources keep revisions in `artifact`).

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface FluxObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    resourceVersion?: string;
    annotations?: Record<string, string>;
  };
  spec?: {
    suspend?: boolean;
    sourceRef?: { kind: string; name: string; namespace?: string };
    chart?: { spec?: { chart?: string; sourceRef?: { kind: string; name: string; namespace?: string } } };
    [key: string]: unknown;
  };
  status?: {
    observedGeneration?: number;
    lastHandledReconcileAt?: string;
    lastAppliedRevision?: string;
    lastAttemptedRevision?: string;
    artifact?: { revision?: string };
    /** Newest release first: Helm's release number, chart version and when it was deployed. */
    history?: { version?: number; chartVersion?: string; lastDeployed?: string }[];
    conditions?: Condition[];
    [key: string]: unknown;
  };
}

export function readyCondition(object: FluxObject): Condition | undefined {
  return object.status?.conditions?.find((c) => c.type === 'Ready');
}

/** 40–128-character hex digests shortened to 8, as `flux get` does (`main@sha1:4f1bdad4`). */
export function shortenRevision(revision: string): string {
  return revision.replace(/\b([0-9a-f]{40,128})\b/g, (hex) => hex.slice(0, 8));
}

/** REVISION as `flux get` shows it per kind (docs/upstream.md §F4 "get"). */
export function revisionOf(kind: string, object: FluxObject): string {
  const status = object.status;
  if (kind === 'Kustomization') return status?.lastAppliedRevision ?? '';
  if (kind === 'HelmRelease') return status?.history?.[0]?.chartVersion ?? status?.lastAttemptedRevision ?? '';
  return status?.artifact?.revision ?? '';
}
