import { eventsTable } from '../../src/cluster/events-table.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';

const SHOWN = 30;

/** `events [NAME]`: Flux objects' core Events, oldest first, the newest SHOWN in the table. */
export const clusterEvents: Handler<CommandOfKind<'events'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const name = ctx.command.name;
    const events = await cluster.events(name ? `involvedObject.name=${name}` : undefined);
    const table = eventsTable(events);
    const rows = table.rows.slice(-SHOWN);
    const warnings = table.rows.filter((row) => row[1] === 'Warning').length;
    return {
      title: ctx.command.display,
      status: warnings ? 'warning' : 'succeeded',
      text: rows.length
        ? `${table.rows.length} Flux events${name ? ` for ${name}` : ''} on ${cluster.name}${warnings ? `, ${warnings} warnings` : ''}.`
        : `No Flux events${name ? ` for ${name}` : ''} on ${cluster.name}.`,
      tables: rows.length ? [{ ...table, rows }] : undefined,
    };
  });
