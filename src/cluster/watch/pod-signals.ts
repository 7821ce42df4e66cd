// OOM signals from flux-system pods (docs/upstream.md §F3.2–3.3). Pure: the caller keeps the memo.
// 1. A container's restartCount rising with lastState.terminated.reason OOMKilled is an OOM kill.
// 2. A rise with any other reason is a restart worth a look: for helm-controller the caller checks the
//    previous log for the OOMwatch shutdown line (exit 0, `Completed`, no OOMKilled anywhere).
// 3. The first sighting of a pod only fills the memo: a restart before fluxops looked is not news.
import type { V1Pod } from '@kubernetes/client-node';
import type { OomDetails } from './oom-fix.ts';

export type RestartMemo = Map<string, number>;

export interface PodRestart {
  details: OomDetails;
  /** true: kernel OOM kill; false: some other exit — look at the logs. */
  oomKilled: boolean;
}

function controllerOf(pod: V1Pod): string {
  return pod.metadata?.labels?.app ?? (pod.metadata?.name ?? '').replace(/-[a-z0-9]+-[a-z0-9]+$/, '');
}

export function podRestarts(pod: V1Pod, memo: RestartMemo): PodRestart[] {
  const restarts: PodRestart[] = [];
  const uid = pod.metadata?.uid ?? pod.metadata?.name ?? '';
  for (const status of pod.status?.containerStatuses ?? []) {
    const key = `${uid}/${status.name}`;
    const before = memo.get(key);
    memo.set(key, status.restartCount);
    if (before === undefined || status.restartCount <= before) continue;
    const terminated = status.lastState?.terminated;
    const container = pod.spec?.containers.find((c) => c.name === status.name);
    restarts.push({
      oomKilled: terminated?.reason === 'OOMKilled',
      details: {
        controller: controllerOf(pod),
        pod: pod.metadata?.name ?? '',
        container: status.name,
        memoryLimit: container?.resources?.limits?.memory,
        restartCount: status.restartCount,
        lastExit: terminated?.finishedAt ? new Date(terminated.finishedAt).toISOString() : undefined,
        cause: 'OOMKilled',
      },
    });
  }
  return restarts;
}

export function forgetPod(pod: V1Pod, memo: RestartMemo): void {
  const uid = pod.metadata?.uid ?? pod.metadata?.name ?? '';
  for (const key of [...memo.keys()]) if (key.startsWith(`${uid}/`)) memo.delete(key);
}

/** helm-controller's OOMwatch shutdown line (`"logger":"OOMwatch"`, "Memory usage is near OOM … shutting down"). */
export function hasOomWatchShutdown(log: string): boolean {
  return log.split('\n').some((line) => /OOMwatch/i.test(line) && /near OOM/.test(line) && /shutting down/.test(line));
}
