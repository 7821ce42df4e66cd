import type { AlertsMuteCommand } from '../../src/commands/kinds/alerts-mute.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `alerts mute <kind>/<name> <duration>`: no new alerts for that object in this channel until it expires. */
export async function alertsMute(ctx: HandlerInput<AlertsMuteCommand>): Promise<Reply> {
  const { objectKind, objectName, durationSeconds } = ctx.command;
  const until = await alertsOf(ctx).mutes.mute(
    channelOf(ctx),
    objectKind,
    objectName,
    durationSeconds,
    ctx.data.user.name ?? ctx.data.user.id,
  );
  return {
    title: ctx.command.display,
    status: 'succeeded',
    text: t(readerLocale(ctx), 'handler.alertsMute.done', {
      object: `${objectKind.toLowerCase()}/${objectName}`,
      until,
    }),
  };
}
