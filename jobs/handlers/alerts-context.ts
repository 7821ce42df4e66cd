import { UnrecoverableError } from 'bullmq';
import { channelId } from '../../src/alerts/engine/subscription.ts';
import type { AlertsDeps } from '../../src/alerts/stores/alerts-deps.ts';
import type { WatchOutcome } from '../../src/alerts/stores/watched-clusters.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';
import { channelIdOf } from '../../src/notify/channel-of.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { readerLocale } from './support/reader-locale.ts';

/** Shared by the `alerts *` handlers: the wired dependencies and the channel the command came from. */
export function alertsOf(ctx: HandlerInput): AlertsDeps {
  if (!ctx.alerts) throw new UnrecoverableError(t(readerLocale(ctx), 'handler.alerts.notEnabled'));
  return ctx.alerts;
}

/**
 * Alerts belong to the channel, not to the thread the command was typed in: Slack keeps threads in
 * `thread`, Teams appends `;messageid=<post>` to a channel conversation's id.
 */
export function channelAddress(ctx: HandlerInput): ConversationAddress {
  const { thread: _thread, ...address } = ctx.data.address;
  return { ...address, channel: channelIdOf(address.channel) };
}

export function channelOf(ctx: HandlerInput): string {
  return channelId(channelAddress(ctx));
}

/** A cluster as the command language names it, so the reader can tell two of one name apart. */
function targetWords(target: ClusterTarget): string {
  const subscription = target.subscriptionId ? ` --subscription ${target.subscriptionId}` : '';
  return `-g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}${subscription}`;
}

/** The refusal when another cluster of the same name is watched (watched-clusters.ts); undefined when watched. */
export function sameNameRefusal(ctx: HandlerInput, target: ClusterTarget, outcome: WatchOutcome): Reply | undefined {
  if (outcome.watched) return undefined;
  return {
    title: ctx.command.display,
    status: 'failed',
    text: t(readerLocale(ctx), 'handler.alerts.sameName', {
      cluster: target.clusterName,
      other: targetWords(outcome.other),
      target: targetWords(target),
    }),
  };
}
