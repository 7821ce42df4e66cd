import { kustomizationTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';

/** `flux kustomization list --name CONFIG`: the configuration's kustomizations as one table. */
export const kustomizationList: Handler<CommandOfKind<'kustomization.list'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const table = kustomizationTable(config);
  const count = table?.rows.length ?? 0;
  return {
    title: command.display,
    status: 'succeeded',
    text: `${count} kustomization${count === 1 ? '' : 's'} in ${command.configName}.`,
    tables: table ? [table] : undefined,
    context: { cluster: describeCluster(command.target) },
  };
};
