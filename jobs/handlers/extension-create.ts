import { extensionBody } from '../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { extensionWarnings } from '../../src/azure/extension-warnings.ts';
import { LATEST_KNOWN_FLUX_VERSION } from '../../src/azure/flux-version.ts';
import { extensionState } from '../../src/azure/provisioning-state.ts';
import { extensionModel } from '../../src/azure/sdk-models.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { FLUX_EXTENSION_TYPE } from '../../src/commands/types-extension.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { extensionFields, settingsTable } from './extension-show.ts';
import { installGuardRail } from './support/install-guard-rail.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { jobJournal } from './support/operation-journal.ts';
import { ProgressLog } from './support/progress-log.ts';
import { versionGateRefusal } from './support/version-gate.ts';
import { runWrite } from './support/write-step.ts';

/**
 * `extension create -n flux --extension-type microsoft.flux [--config …]` (e.g. the tutorial's image
 * controllers). Settings are gated against the pinned version, or the newest when none is pinned.
 */
export const extensionCreate: Handler<CommandOfKind<'extension.create'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  if (!jobJournal(ctx.job).recall('extension-create')) {
    if (command.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE) {
      const refusal = await installGuardRail(ctx, log, target, command.yes, command.display);
      if (refusal) return { ...refusal, context: { cluster: describeCluster(target, log.locale) } };
    }
    const keys = [
      ...Object.keys(command.configurationSettings),
      ...Object.keys(command.configurationProtectedSettings),
    ];
    const refusal = versionGateRefusal(
      log,
      keys,
      command.version ?? LATEST_KNOWN_FLUX_VERSION,
      target,
      command.extensionName,
    );
    if (refusal) return { ...refusal, context: { cluster: describeCluster(target, log.locale) } };
  }
  const model = extensionModel(extensionBody(command));
  const written = await runWrite(ctx, log, {
    step: 'extension-create',
    label: t(log.locale, 'handler.extensionCreate.label', { type: command.extensionType, name: command.extensionName }),
    method: 'PUT',
    target,
    send: (options) => arm.extensions.beginCreate(...clusterArgs(target), command.extensionName, model, options),
    readProvisioningState: extensionState(arm, target, command.extensionName),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `extension show -n ${command.extensionName} ${targetFlags(target)}`;
    const what = t(log.locale, 'handler.extensionCreate.label', {
      type: command.extensionType,
      name: command.extensionName,
    });
    return noWaitReply(log, written, { what, check, target });
  }
  const extension = await arm.extensions.get(...clusterArgs(target), command.extensionName);
  const warnings = extensionWarnings(extension, target, log.locale);
  return log.reply('succeeded', {
    text: [
      t(log.locale, 'handler.extensionCreate.done', { name: command.extensionName }),
      ...warnings.map((w) => `⚠ ${w}`),
    ].join('\n'),
    fields: extensionFields(extension, log.locale),
    tables: settingsTable(extension, log.locale),
    provenance: { cluster: describeCluster(target, log.locale) },
  });
};
