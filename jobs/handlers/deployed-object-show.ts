import { UnrecoverableError } from 'bullmq';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { ReplyField } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';

/** `flux deployed-object show`: one object of `statuses[]`, with its conditions and Helm details. */
export const deployedObjectShow: Handler<CommandOfKind<'deployed-object.show'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
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
      `${command.configName} reports no ${command.objectKind} ${command.objectNamespace}/${command.objectName}. \`flux deployed-object list\` shows what it reports.`,
    );
  }
  const fields: ReplyField[] = [
    { label: 'Kind', value: object.kind ?? '' },
    { label: 'Namespace', value: object.namespace ?? '' },
    { label: 'Compliance', value: object.complianceState ?? 'Unknown' },
  ];
  if (object.appliedBy?.name)
    fields.push({ label: 'Applied by', value: `${object.appliedBy.namespace ?? ''}/${object.appliedBy.name}` });
  const helm = object.helmReleaseProperties;
  if (helm) {
    if (helm.lastRevisionApplied !== undefined)
      fields.push({ label: 'Helm revision', value: String(helm.lastRevisionApplied) });
    if (helm.helmChartRef?.name)
      fields.push({ label: 'Chart', value: `${helm.helmChartRef.namespace ?? ''}/${helm.helmChartRef.name}` });
    fields.push({
      label: 'Failures (total / install / upgrade)',
      value: `${helm.failureCount ?? 0} / ${helm.installFailureCount ?? 0} / ${helm.upgradeFailureCount ?? 0}`,
    });
  }
  const conditions = object.statusConditions ?? [];
  return {
    title: command.display,
    status: 'succeeded',
    text: `${object.kind} ${object.namespace}/${object.name} deployed by ${command.configName}.`,
    fields,
    tables: conditions.length
      ? [
          {
            title: 'Conditions',
            columns: ['TYPE', 'STATUS', 'REASON', 'MESSAGE', 'SINCE'],
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
    context: { cluster: describeCluster(command.target) },
  };
};
