// `az k8s-configuration flux create` (also `flux create …` and bare `create …`).
//
// Rules:
// 1. The configuration name comes from -n/--name or the first bare word.
// 2. scope cluster|namespace (default cluster), namespace default `default` (a DNS-1123 label), suspend
//    default false, source per `read-flux-source.ts`.
// 3. Without -k the CLI's default `kustomization-1` is added with the CLI's warning.
import { warning } from '../command-warning.ts';
import { optBool, switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX, kustomizationGroupWords, sourceWords } from '../display/flux-words.ts';
import { FLUX_CREATE_FLAGS } from '../flags/flux-config-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { readKustomizationGroups } from '../grammar/read-kustomization-groups.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { readFluxSource } from '../read-flux-source.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxScope, FluxSource, KustomizationSpec } from '../types-flux.ts';
import { checkNamespace } from '../validate/namespace.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface FluxCreateCommand extends ClusterCommandBase {
  kind: 'flux.create';
  name: string;
  scope: FluxScope;
  namespace: string;
  source: FluxSource;
  suspend: boolean;
  /** Never empty: without -k the CLI's default `kustomization-1` is added (with a warning). */
  kustomizations: KustomizationSpec[];
}

const DEFAULT_KUSTOMIZATION = 'kustomization-1';

function build(input: BuildInput): BuildResult<DraftOf<'flux.create'>> {
  const s = scaffold(input, FLUX_CREATE_FLAGS, {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.configuration-name'),
    example: 'flux create cluster-config --url https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main',
  });
  const name = readConfigName(s, input);
  const scopeText = s.flags.values.get('--scope') ?? 'cluster';
  const scope = (['cluster', 'namespace'] as const).find((v) => v === scopeText.toLowerCase());
  if (!scope)
    s.problems.push(
      problem('flag.invalid-choice', {
        flag: '--scope',
        value: scopeText,
        accepted: 'cluster, namespace',
        example: 'cluster',
      }),
    );
  const namespace = s.flags.values.get('--namespace') ?? 'default';
  s.problems.push(...checkNamespace(namespace, '--namespace'));
  const source = readFluxSource(s.flags, { mode: 'create', problems: s.problems, warnings: s.warnings });
  let kustomizations = readKustomizationGroups(s.flags.lists.get('--kustomization') ?? [], name, s.problems);
  if (kustomizations.length === 0) {
    kustomizations = [{ name: DEFAULT_KUSTOMIZATION }];
    s.warnings.push(warning('warning.default-kustomization'));
  }
  return done(s, () => {
    const { kindChanged: _ignored, ...plainSource } = source ?? { kind: 'git' as const, kindChanged: false };
    return {
      kind: 'flux.create',
      target: s.target!,
      name: name!,
      scope: scope!,
      namespace,
      source: plainSource,
      suspend: s.flags.switches.get('--suspend') ?? false,
      kustomizations,
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    };
  });
}

export const fluxCreateKind = defineKind({
  kind: 'flux.create',
  routes: [['flux', 'create']],
  topic: 'create',
  runs: 'job',
  build,
  safety: 'mutating',
  display: (draft) => [
    ...FLUX_PREFIX,
    'create',
    ...targetWords(draft.target),
    '-n',
    draft.name,
    '--scope',
    draft.scope,
    '--namespace',
    draft.namespace,
    ...sourceWords(draft.source, true),
    ...optBool('--suspend', draft.suspend ? true : undefined),
    ...draft.kustomizations.flatMap(kustomizationGroupWords),
    ...switches(draft.yes, draft.noWait),
  ],
});
