import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import type { Command } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { listOnCluster } from './support/list-on-cluster.ts';
import { readerLocale } from './support/reader-locale.ts';

type ExtensionList = Extract<Command, { kind: 'extension.list' }>;

/** `extension list`: the cluster's extensions with type, version and state. */
export const extensionList: Handler<ExtensionList> = async (ctx) => {
  const { command, arm } = ctx;
  const locale = readerLocale(ctx);
  const target = command.target!;
  const extensions: Extension[] = await listOnCluster(ctx, target, () => arm.extensions.list(...clusterArgs(target)));
  if (extensions.length === 0) {
    return {
      title: command.display,
      status: 'succeeded',
      text: t(locale, 'handler.extensionList.none', { cluster: target.clusterName }),
      context: { cluster: describeCluster(target, locale) },
    };
  }
  return {
    title: command.display,
    status: 'succeeded',
    context: { cluster: describeCluster(target, locale) },
    tables: [
      {
        columns: [
          t(locale, 'handler.column.name'),
          t(locale, 'handler.extensionList.columnType'),
          t(locale, 'handler.extensionList.columnVersion'),
          t(locale, 'handler.extensionList.columnAutoUpgrade'),
          t(locale, 'handler.extensionList.columnState'),
        ],
        rows: extensions.map((e) => [
          e.name ?? '',
          e.extensionType ?? '',
          e.currentVersion ?? e.version ?? '',
          String(e.autoUpgradeMinorVersion ?? true),
          e.provisioningState ?? '',
        ]),
      },
    ],
  };
};
