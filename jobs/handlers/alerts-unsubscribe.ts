import type { AlertsUnsubscribeCommand } from '../../src/commands/kinds/alerts-unsubscribe.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `alerts unsubscribe ID`: only this channel's own subscriptions can be removed from here. */
export async function alertsUnsubscribe(ctx: HandlerInput<AlertsUnsubscribeCommand>): Promise<Reply> {
  const id = ctx.command.subscriptionId;
  const locale = readerLocale(ctx);
  const removed = await alertsOf(ctx).subscriptions.remove(id, channelOf(ctx));
  return removed
    ? {
        title: ctx.command.display,
        status: 'succeeded',
        text: t(locale, 'handler.alertsUnsubscribe.done', { id }),
      }
    : {
        title: ctx.command.display,
        status: 'failed',
        text: t(locale, 'handler.alertsUnsubscribe.missing', { id }),
      };
}
