import { UnrecoverableError } from 'bullmq';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { ReplyField } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `flux deployed-object show`: one object of `statuses[]`, with its conditions and Helm details. */
export const deployedObjectShow: Handler<CommandOfKind<'deployed-object.show'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const locale = readerLocale(ctx);
  const same = (a: string | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
  const object = (config.statuses ?? []).find(
    (s) =>
      s &&
      same(s.name, command.objectName) &&
      same(s.namespace, command.objectNamespace) &&
      same(s.kind, command.objectKind),
  );
  if (!object) {
    throw new UnrecoverableError(
      t(locale, 'handler.deployedObjectShow.missing', {
        config: command.configName,
        kind: command.objectKind,
        namespace: command.objectNamespace,
        name: command.objectName,
      }),
    );
  }
  const fields: ReplyField[] = [
    { label: t(locale, 'handler.deployedObjectShow.kind'), value: object.kind ?? '' },
    { label: t(locale, 'handler.field.namespace'), value: object.namespace ?? '' },
    { label: t(locale, 'handler.field.compliance'), value: object.complianceState ?? 'Unknown' },
  ];
  if (object.appliedBy?.name)
    fields.push({
      label: t(locale, 'handler.deployedObjectShow.appliedBy'),
      value: `${object.appliedBy.namespace ?? ''}/${object.appliedBy.name}`,
    });
  const helm = object.helmReleaseProperties;
  if (helm) {
    if (helm.lastRevisionApplied !== undefined)
      fields.push({
        label: t(locale, 'handler.deployedObjectShow.helmRevision'),
        value: String(helm.lastRevisionApplied),
      });
    if (helm.helmChartRef?.name)
      fields.push({
        label: t(locale, 'handler.deployedObjectShow.chart'),
        value: `${helm.helmChartRef.namespace ?? ''}/${helm.helmChartRef.name}`,
      });
    fields.push({
      label: t(locale, 'handler.deployedObjectShow.failures'),
      value: `${helm.failureCount ?? 0} / ${helm.installFailureCount ?? 0} / ${helm.upgradeFailureCount ?? 0}`,
    });
  }
  const conditions = object.statusConditions ?? [];
  return {
    title: command.display,
    status: 'succeeded',
    text: t(locale, 'handler.deployedObjectShow.text', {
      kind: object.kind ?? '',
      namespace: object.namespace ?? '',
      name: object.name ?? '',
      config: command.configName,
    }),
    fields,
    tables: conditions.length
      ? [
          {
            title: t(locale, 'handler.deployedObjectShow.conditions'),
            columns: [
              t(locale, 'handler.deployedObjectShow.columnType'),
              t(locale, 'handler.deployedObjectShow.columnStatus'),
              t(locale, 'handler.column.reason'),
              t(locale, 'handler.column.message'),
              t(locale, 'handler.deployedObjectShow.columnSince'),
            ],
            rows: conditions.map((c) => [
              c.type ?? '',
              c.status ?? '',
              c.reason ?? '',
              c.message ?? '',
              c.lastTransitionTime ? new Date(c.lastTransitionTime).toISOString() : '',
            ]),
          },
        ]
      : undefined,
    context: { cluster: describeCluster(command.target, locale) },
  };
};
