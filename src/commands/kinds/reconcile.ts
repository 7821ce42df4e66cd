// `reconcile NAME [--namespace NS] [--kind K] [--with-source]`.
//
// Rules:
// 1. The name is the first bare word; without --kind the handler resolves it (fluxConfiguration first,
//    then Flux objects).
// 2. `NAMESPACE/NAME` or `--namespace` narrows the lookup to one namespace (read-object-ref.ts).
import { opt, targetWords } from '../display/display-words.ts';
import { CLUSTER_OP_FLAGS, KIND_FLAG, opFields, readObjectKind } from '../grammar/cluster-op.ts';
import { NAMESPACE_FLAG, readObjectRef } from '../grammar/read-object-ref.ts';
import { done, requireName, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import { defineKind } from './define-kind.ts';

export interface ReconcileCommand extends ClusterCommandBase {
  kind: 'reconcile';
  name: string;
  /** Only this namespace is looked at; undefined: every namespace. */
  namespace?: string;
  /** Undefined: the handler resolves the name (fluxConfiguration first, then Flux objects). */
  objectKind?: FluxObjectKind;
  withSource: boolean;
}

const FLAGS = [
  ...CLUSTER_OP_FLAGS,
  NAMESPACE_FLAG,
  KIND_FLAG,
  { name: '--with-source', arity: 'switch', help: 'Fetch the source first.' } as const,
];

export const reconcileKind = defineKind({
  kind: 'reconcile',
  routes: [['reconcile']],
  topic: 'reconcile',
  runs: 'job',
  role: 'operator',
  build: (input) => {
    const s = scaffold(input, FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.name'),
      example: 'reconcile cluster-config-apps --with-source',
    });
    const ref = readObjectRef(s, requireName(s, 'NAME', input.path, 'cluster-config-apps'), 'reconcile');
    const objectKind = readObjectKind(s);
    const withSource = s.flags.switches.get('--with-source') ?? false;
    return done(s, () => ({
      kind: 'reconcile',
      ...opFields(s),
      name: ref.name!,
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
      withSource,
      ...(objectKind ? { objectKind } : {}),
    }));
  },
  safety: 'mutating',
  display: (draft) => [
    'reconcile',
    draft.name,
    ...opt('--namespace', draft.namespace),
    ...opt('--kind', draft.objectKind),
    ...(draft.withSource ? ['--with-source'] : []),
    ...targetWords(draft.target),
  ],
});
