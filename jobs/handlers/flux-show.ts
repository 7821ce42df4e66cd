import { UnrecoverableError } from 'bullmq';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import {
  fluxConfigurationFields,
  kustomizationTable,
  statusesTable,
} from '../../src/azure/describe-flux-configuration.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { ReplyTable } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';

/** `flux show NAME`: the configuration's source, state, kustomizations and reported objects. */
export const fluxShow: Handler<CommandOfKind<'flux.show'>> = async ({ command, arm }) => {
  const target = command.target;
  try {
    const config = await arm.fluxConfigurations.get(...clusterArgs(target), command.name);
    const tables = [kustomizationTable(config), statusesTable(config)].filter((t): t is ReplyTable => t !== undefined);
    return {
      title: command.display,
      status:
        config.complianceState === 'Non-Compliant' || config.provisioningState === 'Failed' ? 'warning' : 'succeeded',
      text: `Flux configuration ${command.name} on ${target.clusterName}.`,
      fields: fluxConfigurationFields(config),
      tables,
      context: { cluster: describeCluster(target) },
    };
  } catch (error) {
    if (isNotFound(error)) {
      throw new UnrecoverableError(
        `No flux configuration named "${command.name}" on ${describeCluster(target)}. \`flux list\` shows the ones that exist.`,
      );
    }
    throw error;
  }
};
