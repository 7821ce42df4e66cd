/**
 * `az k8s-configuration flux create|update|show|list|delete` and their short forms
 * (`flux create …`, `show cluster-config`, `list`, `delete cluster-config`).
 *
 * Rules:
 * 1. The configuration name comes from -n/--name or the first bare word.
 * 2. create: scope cluster|namespace (default cluster), namespace default `default` (a DNS-1123 label),
 *    suspend default false, source per `read-flux-source.ts`; without -k the CLI's default
 *    `kustomization-1` is added with the CLI's warning.
 * 3. update: only what is given; an update that changes nothing is a problem.
 * 4. delete: --force is forceDelete; --yes is recorded.
 */
import { translate } from '../../replies/catalog/index.ts';
import {
  FLUX_CREATE_FLAGS,
  FLUX_DELETE_FLAGS,
  FLUX_LIST_FLAGS,
  FLUX_SHOW_FLAGS,
  FLUX_UPDATE_FLAGS,
} from '../flags/flux-config-flags.ts';
import { problem } from '../problem.ts';
import { readFluxSource } from '../read-flux-source.ts';
import type { FluxScope, KustomizationSpec } from '../types-flux.ts';
import { checkK8sName } from '../validate/k8s-name.ts';
import { checkNamespace } from '../validate/namespace.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { readKustomizationGroups } from './read-kustomization-groups.ts';
import { done, requireName, scaffold } from './scaffold.ts';

const NAME_EXAMPLE = '--name cluster-config';
const DEFAULT_KUSTOMIZATION = 'kustomization-1';

function readName(s: ReturnType<typeof scaffold>, input: BuildInput): string | undefined {
  const name = requireName(s, '--name', input.path, 'cluster-config');
  if (name !== undefined) s.problems.push(...checkK8sName(name, '--name', NAME_EXAMPLE));
  return name;
}

export function buildFluxCreate(input: BuildInput): BuildResult {
  const s = scaffold(input, FLUX_CREATE_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux create cluster-config --url https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main',
  });
  const name = readName(s, input);
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
    s.warnings.push(translate('warning.default-kustomization'));
  }
  return done(s, () => {
    const { kindChanged: _ignored, ...plainSource } = source ?? { kind: 'git' as const, kindChanged: false };
    return {
      kind: 'flux.create',
      target: s.target!,
      name: name!,
      scope: scope as FluxScope,
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

export function buildFluxUpdate(input: BuildInput): BuildResult {
  const s = scaffold(input, FLUX_UPDATE_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux update cluster-config --branch release',
  });
  const name = readName(s, input);
  const source = readFluxSource(s.flags, { mode: 'update', problems: s.problems, warnings: s.warnings });
  const kustomizations: KustomizationSpec[] = readKustomizationGroups(
    s.flags.lists.get('--kustomization') ?? [],
    name,
    s.problems,
  );
  const suspend = s.flags.switches.get('--suspend');
  if (!source && suspend === undefined && kustomizations.length === 0 && s.problems.length === 0) {
    s.problems.push(
      problem('update.nothing', {
        command: input.path,
        topic: input.topic,
        example: 'flux update cluster-config --suspend false',
      }),
    );
  }
  return done(s, () => ({
    kind: 'flux.update',
    target: s.target!,
    name: name!,
    ...(source ? { source } : {}),
    ...(suspend !== undefined ? { suspend } : {}),
    kustomizations,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}

export function buildFluxShow(input: BuildInput): BuildResult {
  const s = scaffold(input, FLUX_SHOW_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux show cluster-config',
  });
  const name = readName(s, input);
  return done(s, () => ({
    kind: 'flux.show',
    target: s.target!,
    name: name!,
    yes: s.yes,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildFluxList(input: BuildInput): BuildResult {
  const s = scaffold(input, FLUX_LIST_FLAGS, { maxPositionals: 0, example: 'flux list' });
  return done(s, () => ({ kind: 'flux.list', target: s.target!, yes: s.yes, noWait: false, warnings: s.warnings }));
}

export function buildFluxDelete(input: BuildInput): BuildResult {
  const s = scaffold(input, FLUX_DELETE_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux delete cluster-config --yes',
  });
  const name = readName(s, input);
  return done(s, () => ({
    kind: 'flux.delete',
    target: s.target!,
    name: name!,
    force: s.flags.switches.get('--force') ?? false,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}
