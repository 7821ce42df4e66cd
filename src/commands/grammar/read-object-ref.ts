// Which Flux object a cluster command names: `NAME`, `NAMESPACE/NAME`, or `NAME --namespace NAMESPACE`.
//
// Rules:
// 1. `--namespace NS` is the flux CLI's long flag (`--ns` as in `flux create`). There is no `-n`: in fluxops' az grammar `-n` means
//    `--name`, and a pasted `-n podinfo` must not silently become a namespace.
// 2. `NS/NAME` as the name says the same as `NAME --namespace NS`; both may be given when they agree.
// 3. `NS/NAME` has exactly one slash and a non-empty side on each; the namespace is a DNS-1123 label.
// 4. Without a namespace the handler looks in every namespace (and refuses a name several share).
import type { FlagSpec } from '../flags/flag-spec.ts';
import { problem } from '../problem.ts';
import { checkNamespace } from '../validate/namespace.ts';
import type { Scaffold } from './scaffold.ts';

export const NAMESPACE_FLAG: FlagSpec = {
  name: '--namespace',
  aliases: ['--ns'],
  arity: 'value',
  example: 'cluster-config',
  help: 'Namespace of the object; only that namespace is looked at.',
};

export interface ObjectRef {
  name?: string;
  namespace?: string;
}

/** The object's name and namespace from the name word (`NS/NAME` or `NAME`) and `--namespace`. */
export function readObjectRef(s: Scaffold, word: string | undefined, command: string): ObjectRef {
  const flag = s.flags.values.get('--namespace');
  if (flag !== undefined) s.problems.push(...checkNamespace(flag, '--namespace'));
  if (word === undefined || !word.includes('/'))
    return { name: word, ...(flag !== undefined ? { namespace: flag } : {}) };
  const parts = word.split('/');
  const [namespace, name] = parts;
  if (parts.length !== 2 || !namespace || !name) {
    s.problems.push(problem('object-ref.bad-form', { value: word, command }));
    return { name: word };
  }
  // Named by the whole word, so the reader sees which word it was.
  if (checkNamespace(namespace, '--namespace').length > 0)
    s.problems.push(problem('object-ref.bad-namespace', { value: word, namespace, command }));
  if (flag !== undefined && flag !== namespace)
    s.problems.push(problem('object-ref.namespace-mismatch', { value: word, namespace, flag, name, command }));
  return { name, namespace };
}
