// `flux get`-style rows for the status reply: NAME, REVISION, SUSPENDED, READY, MESSAGE per object
// (docs/upstream.md §F4: status/message from Ready, or False/"waiting to be reconciled" without one).
import type { ReplyTable } from '../../replies/reply.ts';
import { type FluxObject, readyCondition, revisionOf, shortenRevision } from './flux-object.ts';

function fluxGetRow(kind: string, object: FluxObject): string[] {
  const ready = readyCondition(object);
  return [
    `${kind.toLowerCase()}/${object.metadata.name}`,
    shortenRevision(revisionOf(kind, object)),
    object.spec?.suspend ? 'True' : 'False',
    ready?.status ?? 'False',
    ready ? (ready.message ?? '') : 'waiting to be reconciled',
  ];
}

export function fluxGetTable(objects: { kind: string; object: FluxObject }[]): ReplyTable {
  return {
    title: 'Flux objects',
    columns: ['NAME', 'REVISION', 'SUSPENDED', 'READY', 'MESSAGE'],
    rows: objects.map(({ kind, object }) => fluxGetRow(kind, object)),
  };
}
