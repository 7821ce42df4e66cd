// The OOM alert's content (docs/upstream.md §F3): which controller, its memory limit, restart count and
// last exit, and the fix as a button — an `extension update` raising `<controller>.resources.limits.memory`
// (double the current limit, at least 2Gi) and, for helm-controller, turning on OOM watch so the next
// time it shuts down gracefully instead of being killed mid-release.
import type { ClusterTarget } from '../../commands/types.ts';
import type { ReplyAction, ReplyField } from '../../replies/reply.ts';

export interface OomDetails {
  controller: string;
  pod: string;
  container: string;
  memoryLimit?: string;
  restartCount: number;
  lastExit?: string;
  /** `OOMKilled` (kernel) or `OOMWatch` (helm-controller's own near-OOM shutdown). */
  cause: 'OOMKilled' | 'OOMWatch';
}

const UNITS: Record<string, number> = { Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1024 * 1024, M: 0.953674, G: 976.5625 };

function toMebibytes(quantity: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|M|G)?$/.exec(quantity ?? '');
  if (!match) return undefined;
  return Number(match[1]) * (match[2] ? (UNITS[match[2]] ?? 1) : 1 / (1024 * 1024));
}

function raisedLimit(current: string | undefined): string {
  const mib = Math.max(2048, (toMebibytes(current) ?? 1024) * 2);
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${Math.ceil(mib)}Mi`;
}

function oomFixCommand(details: OomDetails, target: ClusterTarget): string {
  const settings = [`${details.controller}.resources.limits.memory=${raisedLimit(details.memoryLimit)}`];
  if (details.controller === 'helm-controller') settings.push('helm-controller.outOfMemoryWatch.enabled=true');
  return `extension update -n flux --config ${settings.join(' ')} -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`;
}

export function oomMessage(details: OomDetails): string {
  const how = details.cause === 'OOMKilled' ? 'was OOMKilled' : 'shut itself down near its memory limit (OOM watch)';
  return `${details.controller} ${how}: limit ${details.memoryLimit ?? 'none'}, ${details.restartCount} restarts, last exit ${details.lastExit ?? 'unknown'}.`;
}

export function oomFields(details: OomDetails): ReplyField[] {
  return [
    { label: 'Controller', value: details.controller },
    { label: 'Memory limit', value: details.memoryLimit ?? 'none' },
    { label: 'Restarts', value: String(details.restartCount) },
    { label: 'Last exit', value: `${details.lastExit ?? 'unknown'} (${details.cause})` },
    { label: 'Pod', value: details.pod },
  ];
}

export function oomActions(details: OomDetails, target: ClusterTarget): ReplyAction[] {
  const limit = raisedLimit(details.memoryLimit);
  const flags = `-g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`;
  return [
    {
      id: 'oom-fix',
      label: `Raise memory limit to ${limit}${details.controller === 'helm-controller' ? ' + OOM watch' : ''}`,
      style: 'primary',
      command: oomFixCommand(details, target),
    },
    { id: 'oom-logs', label: 'Previous logs', command: `logs ${details.controller} --previous ${flags}` },
  ];
}
