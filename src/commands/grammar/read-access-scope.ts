// `--scope` of `access grant|revoke`: the ARM id a binding is limited to — a subscription, a resource
// group, or one cluster.
//
// Rules:
// 1. `/subscriptions/S[/resourceGroups/RG[/providers/NAMESPACE/TYPE/CLUSTER]]`, any case, a trailing
//    `/` ignored; anything else is a problem naming the accepted forms with an example.
// 2. Absent: the binding holds everywhere.
import type { FlagSpec } from '../flags/flag-spec.ts';
import { problem } from '../problem.ts';
import type { Scaffold } from './scaffold.ts';

export const SCOPE_FLAG: FlagSpec = {
  name: '--scope',
  arity: 'value',
  example: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/flux-demo-rg',
  help: 'Only for clusters whose ARM id lies within this one: a subscription, a resource group or one cluster.',
};

const ARM_SCOPE = /^\/subscriptions\/[^/\s]+(\/resourceGroups\/[^/\s]+(\/providers\/[^/\s]+\/[^/\s]+\/[^/\s]+)?)?$/i;

export function readAccessScope(s: Scaffold): string | undefined {
  const raw = s.flags.values.get('--scope');
  if (raw === undefined) return undefined;
  const scope = raw.trim().replace(/\/+$/, '');
  if (ARM_SCOPE.test(scope)) return scope;
  s.problems.push(problem('access.bad-scope', { value: raw }));
  return undefined;
}
