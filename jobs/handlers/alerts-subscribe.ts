import type { AlertsSubscribeCommand } from '../../src/commands/kinds/alerts-subscribe.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelAddress } from './alerts-context.ts';

/** `alerts subscribe …`: stores the channel's filter and starts watching the cluster when it is known. */
export async function alertsSubscribe(ctx: HandlerInput<AlertsSubscribeCommand>): Promise<Reply> {
  const alerts = alertsOf(ctx);
  const { command } = ctx;
  const cluster = (command.cluster ?? command.target?.clusterName)?.toLowerCase();
  if (command.target) await alerts.watch(command.target);
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
    text: `This channel now receives Flux alerts (${subscription.id}). Failures post once and update in place; recoveries reply in the alert's thread.`,
    fields: [
      { label: 'Subscription', value: subscription.id },
      { label: 'Cluster', value: cluster ?? 'every cluster' },
      { label: 'Severity', value: command.severity === 'error' ? 'failures only' : 'failures and stuck objects' },
      { label: 'Kinds', value: command.kinds.length ? command.kinds.join(', ') : 'all' },
      { label: 'Namespaces', value: command.namespaces.length ? command.namespaces.join(', ') : 'all' },
      ...(command.exclude ? [{ label: 'Excluding', value: command.exclude }] : []),
    ],
    actions: [{ id: 'unsubscribe', label: 'Unsubscribe', command: `alerts unsubscribe ${subscription.id}` }],
  };
}
