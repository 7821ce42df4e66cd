import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { UnrecoverableError } from 'bullmq';
import { extensionPatchBody } from '../../src/azure/bodies/index.ts';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { extensionWarnings } from '../../src/azure/extension-warnings.ts';
import { FLUX_EXTENSION_TYPE, installedVersion } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { extensionState } from '../../src/azure/provisioning-state.ts';
import { patchExtensionModel } from '../../src/azure/sdk-models.ts';
import { describeBefore, settingChanges } from '../../src/azure/setting-changes.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { ReplyTable } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { jobJournal, rememberOnce } from './support/operation-journal.ts';
import { ProgressLog } from './support/progress-log.ts';
import { readerLocale } from './support/reader-locale.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';
import { versionGateRefusal } from './support/version-gate.ts';
import { runWrite } from './support/write-step.ts';

/**
 * `extension update` and every short form (`loglevel`, `drift`, `oomwatch`, `resources`, `scale`,
 * `strict-substitution`, `controllers`): a PATCH of the given keys only.
 *
 * Rules:
 * 1. Read the extension first: its version for the gates, its settings for "before".
 * 2. Refuse keys the version that will run them is too old for (version gates).
 * 3. PATCH, follow the operation, read the extension again for "after".
 * 4. Report before → after for every key touched; protected keys only say they were set.
 * 5. --no-wait: end once Azure accepted the PATCH and list the requested values (no "after" yet).
 */
async function readExtension(ctx: Parameters<Handler<CommandOfKind<'extension.update'>>>[0]): Promise<Extension> {
  const { command, arm } = ctx;
  try {
    return await arm.extensions.get(...clusterArgs(command.target), command.extensionName);
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent(ctx, command.target);
      throw new UnrecoverableError(
        t(readerLocale(ctx), 'handler.extension.notInstalled', {
          name: command.extensionName,
          cluster: describeCluster(command.target, readerLocale(ctx)),
        }),
      );
    }
    throw error;
  }
}

export const extensionUpdate: Handler<CommandOfKind<'extension.update'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  const { locale } = log;
  // A resumed job would read the already changed extension; the first reading is kept with the job.
  const before = await rememberOnce(ctx.job, 'extension-before', () => readExtension(ctx));
  const journal = jobJournal(ctx.job);
  const keys = [...Object.keys(command.configurationSettings), ...Object.keys(command.configurationProtectedSettings)];
  const isFlux = before.extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE;
  const runningVersion = command.version ?? installedVersion(before);
  if (isFlux && runningVersion && !journal.recall('extension-patch')) {
    const refusal = versionGateRefusal(log, keys, runningVersion, target, command.extensionName);
    if (refusal) return { ...refusal, context: { cluster: describeCluster(target, locale) } };
  }
  const written = await runWrite(ctx, log, {
    step: 'extension-patch',
    label: t(locale, 'handler.extensionUpdate.label', { name: command.extensionName }),
    method: 'PATCH',
    target,
    send: (options) =>
      arm.extensions.beginUpdate(
        ...clusterArgs(target),
        command.extensionName,
        patchExtensionModel(extensionPatchBody(command)),
        options,
      ),
    readProvisioningState: extensionState(arm, target, command.extensionName),
    noWait: command.noWait,
  });
  if (command.noWait) {
    // "After" would be a guess while the PATCH runs, so only what was asked for is listed.
    const check = `extension show -n ${command.extensionName} ${targetFlags(target)}`;
    const what = t(locale, 'handler.extensionUpdate.label', { name: command.extensionName });
    const reply = noWaitReply(log, written, { what, check, target });
    const rows = Object.entries(command.configurationSettings).map(([key, value]) => [key, value]);
    for (const key of Object.keys(command.configurationProtectedSettings))
      rows.push([key, t(locale, 'handler.extensionUpdate.protected')]);
    const columns = [
      t(locale, 'handler.extensionUpdate.columnSetting'),
      t(locale, 'handler.extensionUpdate.columnValue'),
    ];
    const requested = t(locale, 'handler.extensionUpdate.requested');
    return rows.length ? { ...reply, tables: [{ title: requested, columns, rows }] } : reply;
  }
  const after = await arm.extensions.get(...clusterArgs(target), command.extensionName);
  const changes = settingChanges(
    before.configurationSettings,
    command.configurationSettings,
    after.configurationSettings,
  );
  // One before → after rendering, the Changes table; the text only counts what changed.
  const unchanged = (value: string) => t(locale, 'handler.extensionUpdate.unchanged', { value });
  const rows = changes.map((c) => [c.key, describeBefore(c, locale), c.changed ? c.after : unchanged(c.after)]);
  let changed = changes.filter((c) => c.changed).length;
  for (const key of Object.keys(command.configurationProtectedSettings)) {
    rows.push([key, '••••', t(locale, 'handler.extensionUpdate.protectedNew')]);
    changed += 1;
  }
  const properties: [string, string | undefined, string | undefined][] = [
    [
      t(locale, 'handler.extensionUpdate.version'),
      installedVersion(before),
      command.version === undefined ? undefined : installedVersion(after),
    ],
    [
      t(locale, 'handler.extensionUpdate.autoUpgrade'),
      String(before.autoUpgradeMinorVersion ?? true),
      command.autoUpgradeMinorVersion === undefined ? undefined : String(after.autoUpgradeMinorVersion ?? true),
    ],
    [
      t(locale, 'handler.extensionUpdate.releaseTrain'),
      before.releaseTrain ?? 'Stable',
      command.releaseTrain === undefined ? undefined : (after.releaseTrain ?? ''),
    ],
  ];
  for (const [label, old, now] of properties) {
    if (now === undefined) continue;
    rows.push([label, old ?? t(locale, 'handler.extensionUpdate.none'), old === now ? unchanged(now) : now]);
    if (old !== now) changed += 1;
  }
  const warnings = isFlux ? extensionWarnings(after, target, locale) : [];
  const table: ReplyTable = {
    title: t(locale, 'handler.extensionUpdate.changes'),
    columns: [
      t(locale, 'handler.extensionUpdate.columnSetting'),
      t(locale, 'handler.extensionUpdate.columnBefore'),
      t(locale, 'handler.extensionUpdate.columnAfter'),
    ],
    rows,
  };
  return log.reply('succeeded', {
    text: [
      t(locale, 'handler.extensionUpdate.done', { name: command.extensionName, changed, total: rows.length }),
      ...warnings.map((w) => `⚠ ${w}`),
    ].join('\n'),
    tables: rows.length ? [table] : undefined,
    provenance: { cluster: describeCluster(target, locale) },
  });
};
