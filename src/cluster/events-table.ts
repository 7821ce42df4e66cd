// `flux events`-style rows: LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, oldest first, Flux objects only
// (involvedObject's API group ends in .toolkit.fluxcd.io).
import type { CoreV1Event } from '@kubernetes/client-node';
import type { ReplyTable } from '../replies/reply.ts';
import { formatAge } from './pod-table.ts';

export function isFluxEvent(event: CoreV1Event): boolean {
  const group = (event.involvedObject.apiVersion ?? '').split('/')[0] ?? '';
  return group.endsWith('.toolkit.fluxcd.io');
}

function seenAt(event: CoreV1Event): Date | undefined {
  const at = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp;
  return at ? new Date(at) : undefined;
}

export function eventsTable(events: CoreV1Event[], now = new Date()): ReplyTable {
  const sorted = events.filter(isFluxEvent).sort((a, b) => (seenAt(a)?.getTime() ?? 0) - (seenAt(b)?.getTime() ?? 0));
  return {
    title: 'Events',
    columns: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    rows: sorted.map((event) => [
      formatAge(seenAt(event), now),
      event.type ?? '',
      event.reason ?? '',
      `${event.involvedObject.kind}/${event.involvedObject.name}`,
      (event.message ?? '').replace(/\n/g, ' ') + ((event.count ?? 1) > 1 ? ` (x${event.count})` : ''),
    ]),
  };
}
