import type { AlertsListCommand } from '../../src/commands/kinds/alerts-list.ts';
import { type Locale, t } from '../../src/replies/catalog/index.ts';
import type { Reply, ReplyTable } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, channelOf } from './alerts-context.ts';
import { readerLocale } from './support/reader-locale.ts';

const HISTORY_ROWS = 20;

/** `alerts list`: this channel's subscriptions; `--history` adds the newest late events. */
export async function alertsList(ctx: HandlerInput<AlertsListCommand>): Promise<Reply> {
  const locale = readerLocale(ctx);
  const reply = await subscriptionsReply(ctx, locale);
  if (!ctx.command.history) return reply;
  const late = await alertsOf(ctx).late.recent(HISTORY_ROWS);
  const table: ReplyTable = {
    title: t(locale, 'handler.alertsList.lateTable'),
    columns: [
      t(locale, 'handler.alertsList.columnObject'),
      t(locale, 'handler.alertsList.columnCluster'),
      t(locale, 'handler.alertsList.columnReason'),
      t(locale, 'handler.alertsList.columnEventTime'),
      t(locale, 'handler.alertsList.columnNewerState'),
      t(locale, 'handler.alertsList.columnSource'),
    ],
    rows: late.map((e) => [`${e.kind}/${e.namespace}/${e.name}`, e.cluster, e.reason, e.time, e.newest, e.source]),
  };
  if (late.length === 0)
    return { ...reply, text: `${reply.text ?? ''}\n${t(locale, 'handler.alertsList.noLate')}`.trim() };
  return { ...reply, tables: [...(reply.tables ?? []), table] };
}

async function subscriptionsReply(ctx: HandlerInput<AlertsListCommand>, locale: Locale): Promise<Reply> {
  const all = t(locale, 'handler.alertsSubscribe.all');
  const subscriptions = await alertsOf(ctx).subscriptions.forChannel(channelOf(ctx));
  if (subscriptions.length === 0) {
    return {
      title: ctx.command.display,
      status: 'succeeded',
      text: t(locale, 'handler.alertsList.none'),
    };
  }
  return {
    title: ctx.command.display,
    status: 'succeeded',
    tables: [
      {
        columns: [
          t(locale, 'handler.alertsList.columnId'),
          t(locale, 'handler.alertsList.columnCluster'),
          t(locale, 'handler.alertsList.columnSeverity'),
          t(locale, 'handler.alertsList.columnKinds'),
          t(locale, 'handler.alertsList.columnNamespaces'),
          t(locale, 'handler.alertsList.columnExclude'),
          t(locale, 'handler.alertsList.columnBy'),
        ],
        rows: subscriptions.map((s) => [
          s.id,
          s.cluster ?? all,
          s.severity,
          s.kinds.join(',') || all,
          s.namespaces.join(',') || all,
          s.exclude ?? '',
          s.createdBy,
        ]),
      },
    ],
  };
}
