import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';

/** `flux deployed-object list`: the objects Flux reports for the configuration (`statuses[]`). */
export const deployedObjectList: Handler<CommandOfKind<'deployed-object.list'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const table = statusesTable(config);
  const count = table?.rows.length ?? 0;
  return {
    title: command.display,
    status: 'succeeded',
    text: count
      ? `${count} object${count === 1 ? '' : 's'} deployed by ${command.configName} (compliance ${config.complianceState ?? 'Unknown'}).`
      : `Flux has not reported any objects for ${command.configName} yet (compliance ${config.complianceState ?? 'Unknown'}).`,
    tables: table ? [table] : undefined,
    context: { cluster: describeCluster(command.target) },
  };
};
