import { kustomizationTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';
import { readerLocale } from './support/reader-locale.ts';

/** `flux kustomization list --name CONFIG`: the configuration's kustomizations as one table. */
export const kustomizationList: Handler<CommandOfKind<'kustomization.list'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const locale = readerLocale(ctx);
  const table = kustomizationTable(config, locale);
  const count = table?.rows.length ?? 0;
  return {
    title: command.display,
    status: 'succeeded',
    text: t(locale, 'handler.kustomizationList.count', { count, config: command.configName }),
    tables: table ? [table] : undefined,
    context: { cluster: describeCluster(command.target, locale) },
  };
};
