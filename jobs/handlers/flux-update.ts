import { UnrecoverableError } from 'bullmq';
import { azureDevOpsSshAdvice } from '../../src/azure/azure-devops-ssh.ts';
import { fluxConfigurationPatchBody } from '../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { findFluxExtension } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { fluxConfigurationState } from '../../src/azure/provisioning-state.ts';
import { fluxConfigurationPatchModel } from '../../src/azure/sdk-models.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { complianceReply } from './support/compliance-step.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { ProgressLog } from './support/progress-log.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';
import { runWrite } from './support/write-step.ts';

/** `flux update NAME …`: PATCH only what was given, follow the operation, then compliance (not with --no-wait). */
export const fluxUpdate: Handler<CommandOfKind<'flux.update'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  try {
    await arm.fluxConfigurations.get(...clusterArgs(target), command.name);
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent(ctx, target);
      throw new UnrecoverableError(
        t(log.locale, 'handler.fluxUpdate.notFound', {
          name: command.name,
          cluster: describeCluster(target, log.locale),
        }),
      );
    }
    throw error;
  }
  if (command.source?.url) {
    const extension = await findFluxExtension(arm, target);
    const advice = azureDevOpsSshAdvice(
      command.source.url,
      extension?.configurationSettings,
      target,
      extension?.name ?? 'flux',
      log.locale,
    );
    if (advice) log.note('advice-ssh', `⚠ ${advice}`);
  }
  const model = fluxConfigurationPatchModel(fluxConfigurationPatchBody(command));
  const written = await runWrite(ctx, log, {
    step: 'flux-patch',
    label: t(log.locale, 'handler.fluxUpdate.label', { name: command.name }),
    method: 'PATCH',
    target,
    send: (options) => arm.fluxConfigurations.beginUpdate(...clusterArgs(target), command.name, model, options),
    readProvisioningState: fluxConfigurationState(arm, target, command.name),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `flux show -n ${command.name} ${targetFlags(target)}`;
    const what = t(log.locale, 'handler.fluxUpdate.label', { name: command.name });
    return noWaitReply(log, written, { what, check, target });
  }
  const reply = await complianceReply(ctx, log, target, command.name);
  return { ...reply, context: { cluster: describeCluster(target, log.locale) } };
};
