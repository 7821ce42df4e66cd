import { eventsTable, fluxEventsByObject } from '../../src/cluster/ops/events-table.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { ReplyTable } from '../../src/replies/reply.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';

const SHOWN = 30;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `events [NAME]`: Flux objects' core Events, oldest first, the newest SHOWN per table. A NAME that
 * several objects share (HelmRelease and HelmRepository "podinfo") gets one table per object, and the
 * reply says so, rather than one table that reads as the history of a single object.
 */
export const clusterEvents: Handler<CommandOfKind<'events'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const name = ctx.command.name;
    const events = await cluster.events(name ? `involvedObject.name=${name}` : undefined);
    const all = eventsTable(events);
    const warnings = all.rows.filter((row) => row[1] === 'Warning').length;
    const groups = name ? fluxEventsByObject(events) : new Map();
    const tables: ReplyTable[] =
      groups.size > 1
        ? [...groups].map(([label, group]) => {
            const table = eventsTable(group);
            return { ...table, title: `Events of ${label}`, rows: table.rows.slice(-SHOWN) };
          })
        : [{ ...all, rows: all.rows.slice(-SHOWN) }];
    const summary = `${count(all.rows.length, 'Flux event')}${name ? ` for ${name}` : ''} on ${cluster.name}${warnings ? `, ${count(warnings, 'warning')}` : ''}.`;
    const shared =
      groups.size > 1
        ? ` "${name}" names ${groups.size} Flux objects (${[...groups.keys()].join(', ')}), so the events are grouped by object.`
        : '';
    return {
      title: ctx.command.display,
      status: warnings ? 'warning' : 'succeeded',
      text: all.rows.length ? summary + shared : `No Flux events${name ? ` for ${name}` : ''} on ${cluster.name}.`,
      tables: all.rows.length ? tables : undefined,
    };
  });
