import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import type { Command } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { listOnCluster } from './support/list-on-cluster.ts';
import { readerLocale } from './support/reader-locale.ts';

type FluxList = Extract<Command, { kind: 'flux.list' }>;

function sourceUrl(config: FluxConfiguration): string {
  return config.gitRepository?.url ?? config.bucket?.url ?? config.azureBlob?.url ?? '';
}

/** `flux list`: every flux configuration on the cluster as one table. */
export const fluxList: Handler<FluxList> = async (ctx) => {
  const { command, arm } = ctx;
  const locale = readerLocale(ctx);
  const target = command.target!;
  const configs = await listOnCluster(ctx, target, () => arm.fluxConfigurations.list(...clusterArgs(target)));
  const reply: Reply = {
    title: command.display,
    status: 'succeeded',
    provenance: { cluster: describeCluster(target, locale) },
  };
  if (configs.length === 0) {
    reply.text = t(locale, 'handler.fluxList.none', { cluster: target.clusterName });
    return reply;
  }
  reply.text = t(locale, 'handler.fluxList.count', { count: configs.length, cluster: target.clusterName });
  reply.tables = [
    {
      columns: [
        t(locale, 'handler.column.name'),
        t(locale, 'handler.column.namespace'),
        t(locale, 'handler.column.compliance'),
        t(locale, 'handler.fluxList.columnProvisioning'),
        t(locale, 'handler.fluxList.columnSource'),
      ],
      rows: configs.map((c) => [
        c.name ?? '',
        c.namespace ?? '',
        c.complianceState ?? 'Unknown',
        c.provisioningState ?? '',
        sourceUrl(c),
      ]),
    },
  ];
  return reply;
};
