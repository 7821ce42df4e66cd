import { azureDevOpsSshAdvice } from '../../src/azure/azure-devops-ssh.ts';
import { fluxConfigurationBody } from '../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { extensionWarnings } from '../../src/azure/extension-warnings.ts';
import { fluxConfigurationState } from '../../src/azure/provisioning-state.ts';
import { fluxConfigurationModel } from '../../src/azure/sdk-models.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { complianceReply } from './support/compliance-step.ts';
import { ensureFluxExtension } from './support/ensure-flux-extension.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { ProgressLog } from './support/progress-log.ts';
import { runWrite } from './support/write-step.ts';

/**
 * `flux create` (the tutorial's first command): make sure microsoft.flux runs (installing it like az
 * does), PUT the configuration, follow the operation, then follow compliance until it settles.
 * With --no-wait it stops once Azure accepted the PUT; a needed extension install is still awaited.
 */
export const fluxCreate: Handler<CommandOfKind<'flux.create'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  const ensured = await ensureFluxExtension(ctx, log, target);
  if ('refusal' in ensured) return ensured.refusal;
  const extension = ensured.extension;
  const advice = [
    azureDevOpsSshAdvice(
      command.source.url,
      extension.configurationSettings,
      target,
      extension.name ?? 'flux',
      log.locale,
    ),
    ...extensionWarnings(extension, target, log.locale),
  ].filter((line): line is string => line !== undefined);
  for (const [index, line] of advice.entries()) log.note(`advice-${index}`, `⚠ ${line}`);

  const model = fluxConfigurationModel(fluxConfigurationBody(command));
  const written = await runWrite(ctx, log, {
    step: 'flux-put',
    label: t(log.locale, 'handler.fluxCreate.label', { name: command.name }),
    method: 'PUT',
    target,
    send: (options) => arm.fluxConfigurations.beginCreateOrUpdate(...clusterArgs(target), command.name, model, options),
    readProvisioningState: fluxConfigurationState(arm, target, command.name),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `flux show -n ${command.name} ${targetFlags(target)}`;
    const what = t(log.locale, 'handler.fluxCreate.label', { name: command.name });
    return noWaitReply(log, written, { what, check, target });
  }
  const reply = await complianceReply(ctx, log, target, command.name);
  return { ...reply, context: { cluster: describeCluster(target, log.locale) } };
};
