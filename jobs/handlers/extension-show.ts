import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { UnrecoverableError } from 'bullmq';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { extensionWarnings } from '../../src/azure/extension-warnings.ts';
import { FLUX_EXTENSION_TYPE } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { type Locale, t } from '../../src/replies/catalog/index.ts';
import type { ReplyField, ReplyTable } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readerLocale } from './support/reader-locale.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';

export function extensionFields(extension: Extension, locale: Locale): ReplyField[] {
  const fields: ReplyField[] = [
    { label: t(locale, 'handler.extensionShow.type'), value: extension.extensionType ?? '' },
    {
      label: t(locale, 'handler.extensionShow.version'),
      value: extension.currentVersion ?? extension.version ?? t(locale, 'handler.extensionShow.unknownVersion'),
    },
    { label: t(locale, 'handler.extensionShow.autoUpgrade'), value: String(extension.autoUpgradeMinorVersion ?? true) },
    { label: t(locale, 'handler.extensionShow.releaseTrain'), value: extension.releaseTrain ?? 'Stable' },
    { label: t(locale, 'handler.field.state'), value: extension.provisioningState ?? 'Unknown' },
  ];
  if (extension.errorInfo?.message)
    fields.push({ label: t(locale, 'handler.field.error'), value: extension.errorInfo.message });
  return fields;
}

/** The extension's configuration settings as a KEY / VALUE table, or nothing when it has none. */
export function settingsTable(extension: Extension, locale: Locale): ReplyTable[] | undefined {
  const settings = Object.entries(extension.configurationSettings ?? {});
  if (settings.length === 0) return undefined;
  return [
    {
      title: t(locale, 'handler.extensionShow.settings'),
      columns: [t(locale, 'handler.column.key'), t(locale, 'handler.extensionUpdate.columnValue')],
      rows: settings.map(([key, value]) => [key, value]),
    },
  ];
}

/** `extension show [-n flux]`: version, state and the settings Flux runs with. */
export const extensionShow: Handler<CommandOfKind<'extension.show'>> = async (ctx) => {
  const { command, arm } = ctx;
  const locale = readerLocale(ctx);
  const target = command.target;
  try {
    const extension = await arm.extensions.get(...clusterArgs(target), command.extensionName);
    const warnings =
      extension.extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE
        ? extensionWarnings(extension, target, locale)
        : [];
    return {
      title: command.display,
      status: 'succeeded',
      text: [
        t(locale, 'handler.extensionShow.text', { name: command.extensionName, cluster: target.clusterName }),
        ...warnings.map((w) => `⚠ ${w}`),
      ].join('\n'),
      fields: extensionFields(extension, locale),
      tables: settingsTable(extension, locale),
      context: { cluster: describeCluster(target, locale) },
    };
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent(ctx, target);
      throw new UnrecoverableError(
        t(locale, 'handler.extension.notInstalled', {
          name: command.extensionName,
          cluster: describeCluster(target, locale),
        }),
      );
    }
    throw error;
  }
};
