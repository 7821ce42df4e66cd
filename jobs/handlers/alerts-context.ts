import { UnrecoverableError } from 'bullmq';
import { channelId } from '../../src/alerts/engine/subscription.ts';
import type { AlertsDeps } from '../../src/alerts/stores/alerts-deps.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { t } from '../../src/replies/catalog/index.ts';
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
  return { ...address, channel: address.channel.split(';messageid=')[0] ?? address.channel };
}

export function channelOf(ctx: HandlerInput): string {
  return channelId(channelAddress(ctx));
}
