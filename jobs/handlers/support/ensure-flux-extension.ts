import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { extensionBody } from '../../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../../src/azure/cluster-args.ts';
import { findFluxExtension, installedVersion } from '../../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../../src/azure/is-not-found.ts';
import { extensionState } from '../../../src/azure/provisioning-state.ts';
import { extensionModel } from '../../../src/azure/sdk-models.ts';
import type { ExtensionCreateCommand } from '../../../src/commands/kinds/extension-create.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { DEFAULT_FLUX_EXTENSION_NAME, FLUX_EXTENSION_TYPE } from '../../../src/commands/types-extension.ts';
import { t } from '../../../src/replies/catalog/index.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { HandlerInput } from '../../handler.ts';
import { installGuardRail } from './install-guard-rail.ts';
import { jobJournal } from './operation-journal.ts';
import type { ProgressLog } from './progress-log.ts';
import { refuseMissingParent } from './refuse-missing-parent.ts';
import { runWrite } from './write-step.ts';

/**
 * What `az k8s-configuration flux create` does before the configuration (docs/upstream.md §1.5):
 *
 * Rules:
 * 1. microsoft.flux installed and Succeeded → go on.
 * 2. Installed but Creating → refuse ("currently installing"); any other state → refuse ("not in a
 *    succeeded state"), with the state, as the CLI does — but we also say what to do.
 * 3. Absent → the guard rails first (install-guard-rail.ts: SPN-based AKS, OpenShift), then install extension `flux` (auto-upgrade on, Stable, SystemAssigned identity off AKS),
 *    say so on the message, and wait for it — also with --no-wait, which only applies to the
 *    configuration itself. A resumed job keeps following its own install.
 */
const INSTALL_STEP = 'extension-install';

export type EnsureResult = { extension: Extension } | { refusal: Reply };

export async function ensureFluxExtension(
  ctx: HandlerInput,
  log: ProgressLog,
  target: ClusterTarget,
): Promise<EnsureResult> {
  const resumingInstall = jobJournal(ctx.job).recall(INSTALL_STEP) !== undefined;
  if (!resumingInstall) {
    const existing = await findFluxExtension(ctx.arm, target).catch(async (error: unknown) => {
      // A 404 on the cluster's extension list: a typo in -g, -c or -t, told apart before anything is installed.
      if (isNotFound(error)) await refuseMissingParent(ctx, target);
      throw error;
    });
    if (existing) return checkState(log, existing);
  }
  if (!resumingInstall) {
    const rerun = ctx.command.display;
    const refusal = await installGuardRail(ctx, log, target, ctx.command.yes, rerun);
    if (refusal) return { refusal };
  }
  const name = DEFAULT_FLUX_EXTENSION_NAME;
  const install: ExtensionCreateCommand = {
    kind: 'extension.create',
    extensionName: name,
    extensionType: FLUX_EXTENSION_TYPE,
    target,
    configurationSettings: {},
    configurationProtectedSettings: {},
    safety: 'mutating',
    display: `extension create -n ${name} --extension-type ${FLUX_EXTENSION_TYPE}`,
    yes: false,
    noWait: false,
    warnings: [],
  };
  const model = extensionModel(extensionBody(install));
  await runWrite(ctx, log, {
    step: INSTALL_STEP,
    label: t(
      log.locale,
      ctx.command.noWait ? 'handler.extension.installLabelNoWait' : 'handler.extension.installLabel',
      {
        cluster: target.clusterName,
        name,
      },
    ),
    method: 'PUT',
    target,
    send: (options) => ctx.arm.extensions.beginCreate(...clusterArgs(target), name, model, options),
    readProvisioningState: extensionState(ctx.arm, target, name),
  });
  const installed = await ctx.arm.extensions.get(...clusterArgs(target), name);
  return checkState(log, installed);
}

function checkState(log: ProgressLog, extension: Extension): EnsureResult {
  const state = extension.provisioningState ?? 'Unknown';
  const name = extension.name ?? DEFAULT_FLUX_EXTENSION_NAME;
  const { locale } = log;
  if (state === 'Succeeded') {
    const version = installedVersion(extension);
    log.note(
      'extension',
      version
        ? t(locale, 'handler.extension.isInstalled', { version, name })
        : t(locale, 'handler.extension.isInstalledNoVersion', { name }),
    );
    return { extension };
  }
  const text =
    state === 'Creating'
      ? t(locale, 'handler.extension.installing', { name })
      : t(locale, 'handler.extension.notSucceeded', { name, state });
  return {
    refusal: log.reply('failed', {
      text,
      fields: [
        { label: t(locale, 'handler.field.extension'), value: name },
        { label: t(locale, 'handler.field.state'), value: state },
        ...(extension.errorInfo?.message
          ? [{ label: t(locale, 'handler.field.error'), value: extension.errorInfo.message }]
          : []),
      ],
    }),
  };
}
