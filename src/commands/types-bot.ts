// Shapes of the fluxops-only kinds (no `az` equivalent) that other code also reads: the Flux object kinds
// `reconcile|suspend|resume --kind` accept, and the alert severities.

/** Flux object kinds `reconcile --kind` accepts, in their Kubernetes spelling. */
export type FluxObjectKind =
  | 'Kustomization'
  | 'HelmRelease'
  | 'GitRepository'
  | 'Bucket'
  | 'HelmRepository'
  | 'HelmChart'
  | 'OCIRepository';

export type AlertSeverity = 'error' | 'info';
