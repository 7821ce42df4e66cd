import type { AlertsSubscribeCommand } from '../../src/commands/kinds/alerts-subscribe.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelAddress, sameNameRefusal } from './alerts-context.ts';
import { readerLocale } from './support/reader-locale.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';

/** `alerts subscribe …`: stores the channel's filter and starts watching the cluster when it is known. */
export async function alertsSubscribe(ctx: HandlerInput<AlertsSubscribeCommand>): Promise<Reply> {
  const alerts = alertsOf(ctx);
  const { command } = ctx;
  const locale = readerLocale(ctx);
  const all = t(locale, 'handler.alertsSubscribe.all');
  const cluster = (command.cluster ?? command.target?.clusterName)?.toLowerCase();
  if (command.target) {
    // A typo in -g, -c or -t must not leave a subscription that never hears anything.
    await refuseMissingParent(ctx, command.target);
    const refusal = sameNameRefusal(ctx, command.target, await alerts.watch(command.target));
    if (refusal) return refusal;
  }
  const subscription = await alerts.subscriptions.add({
    address: channelAddress(ctx),
    cluster,
    severity: command.severity,
    kinds: command.kinds.map((kind) => kind.toLowerCase()),
    namespaces: command.namespaces,
    exclude: command.exclude,
    createdBy: ctx.data.user.name ?? ctx.data.user.id,
    createdAt: new Date().toISOString(),
  });
  return {
    title: command.display,
    status: 'succeeded',
    text: t(locale, 'handler.alertsSubscribe.done', { id: subscription.id }),
    fields: [
      { label: t(locale, 'handler.alertsSubscribe.subscription'), value: subscription.id },
      {
        label: t(locale, 'handler.alertsSubscribe.cluster'),
        value: cluster ?? t(locale, 'handler.alertsSubscribe.everyCluster'),
      },
      {
        label: t(locale, 'handler.alertsSubscribe.severity'),
        value: t(
          locale,
          command.severity === 'error'
            ? 'handler.alertsSubscribe.failuresOnly'
            : 'handler.alertsSubscribe.failuresAndStuck',
        ),
      },
      {
        label: t(locale, 'handler.alertsSubscribe.kinds'),
        value: command.kinds.length ? command.kinds.join(', ') : all,
      },
      {
        label: t(locale, 'handler.alertsSubscribe.namespaces'),
        value: command.namespaces.length ? command.namespaces.join(', ') : all,
      },
      ...(command.exclude ? [{ label: t(locale, 'handler.alertsSubscribe.excluding'), value: command.exclude }] : []),
    ],
    actions: [
      {
        id: 'unsubscribe',
        label: t(locale, 'handler.alertsSubscribe.unsubscribe'),
        command: `alerts unsubscribe ${subscription.id}`,
      },
    ],
  };
}
