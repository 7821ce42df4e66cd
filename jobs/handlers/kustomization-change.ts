import { type KustomizationChangeCommand, kustomizationPatchBody } from '../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { fluxConfigurationState } from '../../src/azure/provisioning-state.ts';
import { describeObject, pruneImpact } from '../../src/azure/prune-impact.ts';
import { fluxConfigurationPatchModel } from '../../src/azure/sdk-models.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { complianceReply } from './support/compliance-step.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { jobJournal } from './support/operation-journal.ts';
import { ProgressLog } from './support/progress-log.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';
import { runWrite } from './support/write-step.ts';

/**
 * `flux kustomization create|update|delete`: all three are a PATCH of one entry of the configuration's
 * `kustomizations` (delete sends `null`), then the configuration's compliance is followed.
 *
 * Rules:
 * 1. create refuses a name that exists; update and delete refuse one that does not (the CLI's checks).
 * 2. delete of a prune=true kustomization says which objects go with it.
 * 3. --no-wait ends once Azure accepted the PATCH: no operation or compliance follow.
 */
export const kustomizationChange: Handler<KustomizationChangeCommand> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  const { locale } = log;
  const name = command.kind === 'kustomization.delete' ? command.kustomizationName : command.kustomization.name;
  const config = await readFluxConfiguration(ctx, target, command.configName);
  if (!jobJournal(ctx.job).recall('kustomization-patch')) {
    const exists = Object.hasOwn(config.kustomizations ?? {}, name);
    if (command.kind === 'kustomization.create' && exists) {
      return log.reply('failed', {
        text: t(locale, 'handler.kustomization.exists', { name, config: command.configName }),
      });
    }
    if (command.kind !== 'kustomization.create' && !exists) {
      return log.reply('failed', {
        text: t(locale, 'handler.kustomization.missing', {
          name,
          config: command.configName,
          existing: Object.keys(config.kustomizations ?? {}).join(', ') || t(locale, 'handler.kustomization.none'),
        }),
      });
    }
    if (command.kind === 'kustomization.delete' && config.kustomizations?.[name]?.prune) {
      const applier = `${command.configName}-${name}`;
      const objects = pruneImpact(config).objects.filter((s) => s.appliedBy?.name === applier);
      await log.set(
        'prune',
        objects.length
          ? t(locale, 'handler.kustomization.pruneObjects', { name, objects: objects.map(describeObject).join(', ') })
          : t(locale, 'handler.kustomization.prune', { name }),
      );
    }
  }
  const verb = { 'kustomization.create': 'create', 'kustomization.update': 'update', 'kustomization.delete': 'delete' }[
    command.kind
  ];
  const what = t(locale, 'handler.kustomization.label', { verb, name, config: command.configName });
  const model = fluxConfigurationPatchModel(kustomizationPatchBody(command));
  const written = await runWrite(ctx, log, {
    step: 'kustomization-patch',
    label: what,
    method: 'PATCH',
    target,
    send: (options) => arm.fluxConfigurations.beginUpdate(...clusterArgs(target), command.configName, model, options),
    readProvisioningState: fluxConfigurationState(arm, target, command.configName),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `flux kustomization show -n ${command.configName} -k ${name} ${targetFlags(target)}`;
    return noWaitReply(log, written, { what, check, target });
  }
  const reply = await complianceReply(ctx, log, target, command.configName);
  return { ...reply, context: { cluster: describeCluster(target, locale) } };
};
