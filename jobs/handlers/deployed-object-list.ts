import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `flux deployed-object list`: the objects Flux reports for the configuration (`statuses[]`). */
export const deployedObjectList: Handler<CommandOfKind<'deployed-object.list'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const locale = readerLocale(ctx);
  const table = statusesTable(config, false, locale);
  const count = table?.rows.length ?? 0;
  const values = { count, config: command.configName, state: config.complianceState ?? 'Unknown' };
  return {
    title: command.display,
    status: 'succeeded',
    text: t(locale, count ? 'handler.deployedObjectList.count' : 'handler.deployedObjectList.none', values),
    tables: table ? [table] : undefined,
    context: { cluster: describeCluster(command.target, locale) },
  };
};
