import type { AlertsListCommand } from '../../src/commands/kinds/alerts-list.ts';
import type { Reply, ReplyTable } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';

const HISTORY_ROWS = 20;

/** `alerts list`: this channel's subscriptions; `--history` adds the newest late events. */
export async function alertsList(ctx: HandlerInput<AlertsListCommand>): Promise<Reply> {
  const reply = await subscriptionsReply(ctx);
  if (!ctx.command.history) return reply;
  const late = await alertsOf(ctx).late.recent(HISTORY_ROWS);
  const table: ReplyTable = {
    title: "Events that arrived older than their object's state (recorded, state unchanged)",
    columns: ['Object', 'Cluster', 'Reason', 'Event time', 'Newer state', 'Source'],
    rows: late.map((e) => [`${e.kind}/${e.namespace}/${e.name}`, e.cluster, e.reason, e.time, e.newest, e.source]),
  };
  if (late.length === 0)
    return { ...reply, text: `${reply.text ?? ''}\nNo event arrived older than its object's state.`.trim() };
  return { ...reply, tables: [...(reply.tables ?? []), table] };
}

async function subscriptionsReply(ctx: HandlerInput<AlertsListCommand>): Promise<Reply> {
  const subscriptions = await alertsOf(ctx).subscriptions.forChannel(channelOf(ctx));
  if (subscriptions.length === 0) {
    return {
      title: ctx.command.display,
      status: 'succeeded',
      text: 'This channel has no alert subscriptions. Start with `alerts subscribe --severity error`.',
    };
  }
  return {
    title: ctx.command.display,
    status: 'succeeded',
    tables: [
      {
        columns: ['ID', 'Cluster', 'Severity', 'Kinds', 'Namespaces', 'Exclude', 'By'],
        rows: subscriptions.map((s) => [
          s.id,
          s.cluster ?? 'all',
          s.severity,
          s.kinds.join(',') || 'all',
          s.namespaces.join(',') || 'all',
          s.exclude ?? '',
          s.createdBy,
        ]),
      },
    ],
  };
}
