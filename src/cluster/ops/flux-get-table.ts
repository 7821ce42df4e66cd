// `flux get`-style rows for the status reply: NAME, REVISION, SUSPENDED, READY, MESSAGE per object
// (docs/upstream.md §F4: status/message from Ready, or False/"waiting to be reconciled" without one).

import { type Locale, t } from '../../replies/catalog/index.ts';
import type { ReplyTable } from '../../replies/reply.ts';
import { type FluxObject, readyCondition, revisionOf, shortenRevision } from './flux-object.ts';

function fluxGetRow(locale: Locale, kind: string, object: FluxObject): string[] {
  const ready = readyCondition(object);
  return [
    `${kind.toLowerCase()}/${object.metadata.name}`,
    shortenRevision(revisionOf(kind, object)),
    object.spec?.suspend ? 'True' : 'False',
    ready?.status ?? 'False',
    ready ? (ready.message ?? '') : t(locale, 'cluster.fluxGet.waiting'),
  ];
}

export function fluxGetTable(objects: { kind: string; object: FluxObject }[], locale: Locale = 'en'): ReplyTable {
  return {
    title: t(locale, 'cluster.table.fluxObjects'),
    columns: [
      t(locale, 'cluster.column.name'),
      t(locale, 'cluster.column.revision'),
      t(locale, 'cluster.column.suspended'),
      t(locale, 'cluster.column.ready'),
      t(locale, 'cluster.column.message'),
    ],
    rows: objects.map(({ kind, object }) => fluxGetRow(locale, kind, object)),
  };
}
