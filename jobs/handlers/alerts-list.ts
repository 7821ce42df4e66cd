import type { AlertsListCommand } from '../../src/commands/kinds/alerts-list.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';

/** `alerts list`: this channel's subscriptions. */
export async function alertsList(ctx: HandlerInput<AlertsListCommand>): Promise<Reply> {
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
