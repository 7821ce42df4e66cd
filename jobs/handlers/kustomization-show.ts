import { UnrecoverableError } from 'bullmq';
import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { formatDurationSeconds } from '../../src/platform/format-duration.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { ReplyField } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `flux kustomization show`: one kustomization's settings and the objects it applied. */
export const kustomizationShow: Handler<CommandOfKind<'kustomization.show'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const locale = readerLocale(ctx);
  const k = config.kustomizations?.[command.kustomizationName];
  if (!k) {
    throw new UnrecoverableError(
      t(locale, 'handler.kustomization.missing', {
        name: command.kustomizationName,
        config: command.configName,
        existing: Object.keys(config.kustomizations ?? {}).join(', ') || t(locale, 'handler.kustomization.none'),
      }),
    );
  }
  const fields: ReplyField[] = [
    {
      label: t(locale, 'handler.kustomizationShow.path'),
      value: k.path || t(locale, 'handler.kustomizationShow.repositoryRoot'),
    },
    { label: t(locale, 'handler.kustomizationShow.dependsOn'), value: (k.dependsOn ?? []).join(', ') || '-' },
    { label: t(locale, 'handler.kustomizationShow.prune'), value: String(k.prune ?? false) },
    { label: t(locale, 'handler.kustomizationShow.force'), value: String(k.force ?? false) },
    { label: t(locale, 'handler.kustomizationShow.wait'), value: String(k.wait ?? true) },
    {
      label: t(locale, 'handler.kustomizationShow.syncInterval'),
      value: formatDurationSeconds(k.syncIntervalInSeconds ?? 600),
    },
    { label: t(locale, 'handler.kustomizationShow.timeout'), value: formatDurationSeconds(k.timeoutInSeconds ?? 600) },
  ];
  if (k.retryIntervalInSeconds)
    fields.push({
      label: t(locale, 'handler.kustomizationShow.retryInterval'),
      value: formatDurationSeconds(k.retryIntervalInSeconds),
    });
  const applier = `${command.configName}-${command.kustomizationName}`;
  const applied = statusesTable(
    {
      ...config,
      statuses: (config.statuses ?? []).filter((s) => s?.appliedBy?.name === applier || s?.name === applier),
    },
    false,
    locale,
  );
  return {
    title: command.display,
    status: 'succeeded',
    text: t(locale, 'handler.kustomizationShow.text', {
      name: command.kustomizationName,
      config: command.configName,
      applier,
    }),
    fields,
    tables: applied ? [applied] : undefined,
    context: { cluster: describeCluster(command.target, locale) },
  };
};
