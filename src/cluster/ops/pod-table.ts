// `kubectl get pods`-style rows (NAME, READY, STATUS, RESTARTS, AGE) for flux-system, as in the
// tutorial. STATUS follows kubectl: a waiting/terminated reason wins over the phase.
import type { V1Pod } from '@kubernetes/client-node';
import { type Locale, t } from '../../replies/catalog/index.ts';
import type { ReplyTable } from '../../replies/reply.ts';

export function formatAge(since: Date | string | undefined, now: Date): string {
  if (!since) return '<unknown>';
  const seconds = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 1000));
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours}h` : `${Math.floor(hours / 24)}d`;
}

function podStatus(pod: V1Pod): string {
  for (const status of pod.status?.containerStatuses ?? []) {
    const reason = status.state?.waiting?.reason ?? status.state?.terminated?.reason;
    if (reason) return reason;
  }
  return pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Unknown');
}

function podRow(locale: Locale, pod: V1Pod, now: Date): string[] {
  const statuses = pod.status?.containerStatuses ?? [];
  const total = pod.spec?.containers.length ?? statuses.length;
  const ready = statuses.filter((s) => s.ready).length;
  const restarts = statuses.reduce((sum, s) => sum + s.restartCount, 0);
  const lastRestart = statuses
    .map((s) => s.lastState?.terminated?.finishedAt)
    .filter((t): t is Date => t !== undefined)
    .sort((a, b) => new Date(b).getTime() - new Date(a).getTime())[0];
  return [
    pod.metadata?.name ?? '',
    `${ready}/${total}`,
    podStatus(pod),
    lastRestart
      ? t(locale, 'cluster.pod.restartsAgo', { restarts: String(restarts), age: formatAge(lastRestart, now) })
      : String(restarts),
    formatAge(pod.status?.startTime ?? pod.metadata?.creationTimestamp, now),
  ];
}

export function podTable(pods: V1Pod[], namespace: string, now = new Date(), locale: Locale = 'en'): ReplyTable {
  return {
    title: t(locale, 'cluster.table.pods', { namespace }),
    columns: [
      t(locale, 'cluster.column.name'),
      t(locale, 'cluster.column.ready'),
      t(locale, 'cluster.column.status'),
      t(locale, 'cluster.column.restarts'),
      t(locale, 'cluster.column.age'),
    ],
    rows: [...pods]
      .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))
      .map((p) => podRow(locale, p, now)),
  };
}
