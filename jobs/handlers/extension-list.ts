import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import type { Command } from '../../src/commands/types.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { listOnCluster } from './support/list-on-cluster.ts';

type ExtensionList = Extract<Command, { kind: 'extension.list' }>;

/** `extension list`: the cluster's extensions with type, version and state. */
export const extensionList: Handler<ExtensionList> = async ({ command, arm }) => {
  const target = command.target!;
  const extensions: Extension[] = await listOnCluster({ arm }, target, () =>
    arm.extensions.list(...clusterArgs(target)),
  );
  if (extensions.length === 0) {
    return {
      title: command.display,
      status: 'succeeded',
      text: `No extensions on ${target.clusterName}. \`flux create\` installs microsoft.flux for you, or run \`extension create -n flux --extension-type microsoft.flux\`.`,
      context: { cluster: describeCluster(target) },
    };
  }
  return {
    title: command.display,
    status: 'succeeded',
    context: { cluster: describeCluster(target) },
    tables: [
      {
        columns: ['NAME', 'TYPE', 'VERSION', 'AUTO-UPGRADE', 'STATE'],
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
