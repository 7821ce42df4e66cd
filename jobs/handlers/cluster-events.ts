import { eventsTable, fluxEventsByObject } from '../../src/cluster/ops/events-table.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { ReplyTable } from '../../src/replies/reply.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';
import { readerLocale } from './support/reader-locale.ts';

const SHOWN = 30;

/**
 * `events [NAME] [--namespace NS]`: Flux objects' core Events (of NS only, with a namespace), oldest first, the newest SHOWN per table. A NAME that
 * several objects share (HelmRelease and HelmRepository "podinfo") gets one table per object, and the
 * reply says so, rather than one table that reads as the history of a single object.
 */
export const clusterEvents: Handler<CommandOfKind<'events'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const name = ctx.command.name;
    const locale = readerLocale(ctx);
    const now = new Date();
    const { namespace } = ctx.command;
    const selector = [
      ...(name ? [`involvedObject.name=${name}`] : []),
      ...(namespace ? [`involvedObject.namespace=${namespace}`] : []),
    ];
    const events = await cluster.events(selector.length ? selector.join(',') : undefined);
    const all = eventsTable(events, now, locale);
    const warnings = all.rows.filter((row) => row[1] === 'Warning').length;
    const groups = name ? fluxEventsByObject(events) : new Map();
    const tables: ReplyTable[] =
      groups.size > 1
        ? [...groups].map(([label, group]) => {
            const table = eventsTable(group, now, locale);
            const title = t(locale, 'handler.events.tableOf', { object: label });
            return { ...table, title, rows: table.rows.slice(-SHOWN) };
          })
        : [{ ...all, rows: all.rows.slice(-SHOWN) }];
    const shown = name && namespace ? `${namespace}/${name}` : (name ?? (namespace ? `${namespace}/*` : undefined));
    const named = { hasName: shown ? 'yes' : 'no', name: shown ?? '', cluster: cluster.name };
    const summary = t(locale, 'handler.events.summary', { ...named, count: all.rows.length, warnings });
    const shared =
      groups.size > 1
        ? t(locale, 'handler.events.shared', {
            name: name ?? '',
            groups: groups.size,
            labels: [...groups.keys()].join(', '),
          })
        : '';
    return {
      title: ctx.command.display,
      status: warnings ? 'warning' : 'succeeded',
      text: all.rows.length ? summary + shared : t(locale, 'handler.events.none', named),
      tables: all.rows.length ? tables : undefined,
    };
  });
