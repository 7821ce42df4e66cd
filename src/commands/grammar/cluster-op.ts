// What the in-cluster operations (status, reconcile, suspend, resume, events, logs) have in common.
//
// Rules:
// 1. They take the target flags and az's ignored output flags; none waits (`noWait` is false).
// 2. `--kind` takes Flux kinds case-insensitively, with the flux CLI's short names (ks, hr, …), and is
//    stored in Kubernetes spelling; without it the handler resolves the name.
// 3. suspend and resume need the object name as the first bare word (`NAME` or `NAMESPACE/NAME`), with
//    `--namespace` (read-object-ref.ts).
import type { FlagSpec } from '../flags/flag-spec.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS, YES_FLAG } from '../flags/target-flags.ts';
import { nearestWord } from '../nearest-word.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import type { BuildInput } from './build-types.ts';
import { NAMESPACE_FLAG, readObjectRef } from './read-object-ref.ts';
import { requireName, type Scaffold, scaffold } from './scaffold.ts';

const KIND_WORDS: Record<string, FluxObjectKind> = {
  kustomization: 'Kustomization',
  ks: 'Kustomization',
  helmrelease: 'HelmRelease',
  hr: 'HelmRelease',
  gitrepository: 'GitRepository',
  gitrepo: 'GitRepository',
  bucket: 'Bucket',
  helmrepository: 'HelmRepository',
  helmrepo: 'HelmRepository',
  helmchart: 'HelmChart',
  ocirepository: 'OCIRepository',
  oci: 'OCIRepository',
};

export const KIND_FLAG: FlagSpec = {
  name: '--kind',
  arity: 'value',
  example: 'kustomization',
  help: 'Flux object kind.',
};
export const CLUSTER_OP_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, ...IGNORED_AZ_FLAGS];

export function readObjectKind(s: Scaffold): FluxObjectKind | undefined {
  const text = s.flags.values.get('--kind');
  if (text === undefined) return undefined;
  const kind = KIND_WORDS[text.toLowerCase()];
  if (!kind) {
    const accepted = [...new Set(Object.values(KIND_WORDS))].join(', ');
    s.problems.push(
      problem(
        'flag.invalid-choice',
        { flag: '--kind', value: text, accepted, example: 'kustomization' },
        nearestWord(text, Object.keys(KIND_WORDS)),
      ),
    );
  }
  return kind;
}

/** The base fields of every in-cluster operation's draft. */
export const opFields = (s: Scaffold) => ({ target: s.target!, yes: s.yes, noWait: false, warnings: s.warnings });

/** `suspend|resume NAME [--namespace NS] [--kind K] [--yes]`: the scaffold, the object and its kind. */
export function readSuspendOrResume(input: BuildInput, which: 'suspend' | 'resume') {
  const s = scaffold(input, [...CLUSTER_OP_FLAGS, NAMESPACE_FLAG, KIND_FLAG, YES_FLAG], {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.name'),
    example: `${which} cluster-config-apps`,
  });
  const ref = readObjectRef(s, requireName(s, 'NAME', input.path, 'cluster-config-apps'), which);
  const objectKind = readObjectKind(s);
  return { s, ref, objectKind };
}
