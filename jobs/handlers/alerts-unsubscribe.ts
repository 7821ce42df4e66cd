import type { AlertsUnsubscribeCommand } from '../../src/commands/kinds/alerts-unsubscribe.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';

/** `alerts unsubscribe ID`: only this channel's own subscriptions can be removed from here. */
export async function alertsUnsubscribe(ctx: HandlerInput<AlertsUnsubscribeCommand>): Promise<Reply> {
  const id = ctx.command.subscriptionId;
  const removed = await alertsOf(ctx).subscriptions.remove(id, channelOf(ctx));
  return removed
    ? {
        title: ctx.command.display,
        status: 'succeeded',
        text: `Subscription ${id} removed; this channel stops receiving its alerts.`,
      }
    : {
        title: ctx.command.display,
        status: 'failed',
        text: `This channel has no subscription ${id}. \`alerts list\` shows the ones it has.`,
      };
}
