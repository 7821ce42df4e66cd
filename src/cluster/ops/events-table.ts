// `flux events`-style rows: LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, oldest first, Flux objects only
// (involvedObject's API group ends in .toolkit.fluxcd.io).
import type { CoreV1Event } from '@kubernetes/client-node';
import { type Locale, t } from '../../replies/catalog/index.ts';
import type { ReplyTable } from '../../replies/reply.ts';
import { formatAge } from './pod-table.ts';

function isFluxEvent(event: CoreV1Event): boolean {
  const group = (event.involvedObject.apiVersion ?? '').split('/')[0] ?? '';
  return group.endsWith('.toolkit.fluxcd.io');
}

function seenAt(event: CoreV1Event): Date | undefined {
  const at = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp;
  return at ? new Date(at) : undefined;
}

export function eventsTable(events: CoreV1Event[], now = new Date(), locale: Locale = 'en'): ReplyTable {
  const sorted = events.filter(isFluxEvent).sort((a, b) => (seenAt(a)?.getTime() ?? 0) - (seenAt(b)?.getTime() ?? 0));
  return {
    title: t(locale, 'cluster.table.events'),
    columns: [
      t(locale, 'cluster.column.lastSeen'),
      t(locale, 'cluster.column.type'),
      t(locale, 'cluster.column.reason'),
      t(locale, 'cluster.column.object'),
      t(locale, 'cluster.column.message'),
    ],
    rows: sorted.map((event) => [
      formatAge(seenAt(event), now),
      event.type ?? '',
      event.reason ?? '',
      `${event.involvedObject.kind}/${event.involvedObject.name}`,
      (event.message ?? '').replace(/\n/g, ' ') + ((event.count ?? 1) > 1 ? ` (x${event.count})` : ''),
    ]),
  };
}

/** `HelmRelease cluster-config/podinfo`: how replies name the object an event is about. */
function involvedLabel(event: CoreV1Event): string {
  const { kind, namespace, name } = event.involvedObject;
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

/**
 * Flux events by the object they are about, labels sorted. `events NAME` selects by name only, and one
 * name often belongs to several kinds (a HelmRelease and the HelmRepository it reads, both "podinfo").
 */
export function fluxEventsByObject(events: CoreV1Event[]): Map<string, CoreV1Event[]> {
  const groups = new Map<string, CoreV1Event[]>();
  for (const event of events.filter(isFluxEvent)) {
    const label = involvedLabel(event);
    groups.set(label, [...(groups.get(label) ?? []), event]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
