// The Flux kinds fluxops reads, with the API versions it can speak for each, preferred first
// (docs/upstream.md §F2: watch GA, fall back to the betas only when discovery lacks GA).
import type { FluxObjectKind } from '../../commands/types-bot.ts';

export interface FluxKind {
  kind: FluxObjectKind;
  group: string;
  plural: string;
  /** Versions fluxops understands, preferred first. */
  versions: readonly string[];
  /** Short name `flux get` and chat replies use. */
  short: string;
}

const SOURCE = 'source.toolkit.fluxcd.io';

export const FLUX_KINDS: readonly FluxKind[] = [
  {
    kind: 'GitRepository',
    group: SOURCE,
    plural: 'gitrepositories',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    short: 'gitrepository',
  },
  {
    kind: 'OCIRepository',
    group: SOURCE,
    plural: 'ocirepositories',
    versions: ['v1', 'v1beta2'],
    short: 'ocirepository',
  },
  {
    kind: 'HelmRepository',
    group: SOURCE,
    plural: 'helmrepositories',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    short: 'helmrepository',
  },
  { kind: 'Bucket', group: SOURCE, plural: 'buckets', versions: ['v1', 'v1beta2', 'v1beta1'], short: 'bucket' },
  {
    kind: 'HelmChart',
    group: SOURCE,
    plural: 'helmcharts',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    short: 'helmchart',
  },
  {
    kind: 'Kustomization',
    group: 'kustomize.toolkit.fluxcd.io',
    plural: 'kustomizations',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    short: 'kustomization',
  },
  {
    kind: 'HelmRelease',
    group: 'helm.toolkit.fluxcd.io',
    plural: 'helmreleases',
    versions: ['v2', 'v2beta2', 'v2beta1'],
    short: 'helmrelease',
  },
];

/** Kinds in the order `status` lists them (sources first, like `flux get all`). */
export const STATUS_KINDS: readonly FluxObjectKind[] = [
  'GitRepository',
  'OCIRepository',
  'HelmRepository',
  'Bucket',
  'Kustomization',
  'HelmRelease',
];

/** Where a bare name is looked for by reconcile/suspend/resume: appliers before sources. */
export const LOOKUP_ORDER: readonly FluxObjectKind[] = [
  'Kustomization',
  'HelmRelease',
  'GitRepository',
  'OCIRepository',
  'HelmRepository',
  'Bucket',
  'HelmChart',
];

export function fluxKind(kind: FluxObjectKind): FluxKind {
  const found = FLUX_KINDS.find((k) => k.kind === kind);
  if (!found) throw new Error(`unknown Flux kind ${kind}`);
  return found;
}
