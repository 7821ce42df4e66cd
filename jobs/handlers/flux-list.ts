import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import type { Command } from '../../src/commands/types.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { listOnCluster } from './support/list-on-cluster.ts';

type FluxList = Extract<Command, { kind: 'flux.list' }>;

function sourceUrl(config: FluxConfiguration): string {
  return config.gitRepository?.url ?? config.bucket?.url ?? config.azureBlob?.url ?? '';
}

/** `flux list`: every flux configuration on the cluster as one table. */
export const fluxList: Handler<FluxList> = async ({ command, arm }) => {
  const target = command.target!;
  const configs = await listOnCluster({ arm }, target, () => arm.fluxConfigurations.list(...clusterArgs(target)));
  const reply: Reply = {
    title: command.display,
    status: 'succeeded',
    provenance: { cluster: describeCluster(target) },
  };
  if (configs.length === 0) {
    reply.text = `No flux configurations on ${target.clusterName}. Create one with \`flux create -n NAME -u URL --branch main --kustomization name=apps path=./apps\`.`;
    return reply;
  }
  reply.text = `${configs.length} flux configuration${configs.length === 1 ? '' : 's'} on ${target.clusterName}.`;
  reply.tables = [
    {
      columns: ['NAME', 'NAMESPACE', 'COMPLIANCE', 'PROVISIONING', 'SOURCE'],
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
