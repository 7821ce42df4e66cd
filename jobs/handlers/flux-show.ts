import { UnrecoverableError } from 'bullmq';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import {
  fluxConfigurationFields,
  kustomizationTable,
  statusesTable,
} from '../../src/azure/describe-flux-configuration.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { ReplyTable } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readerLocale } from './support/reader-locale.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';

/** `flux show NAME`: the configuration's source, state, kustomizations and reported objects. */
export const fluxShow: Handler<CommandOfKind<'flux.show'>> = async (ctx) => {
  const { command, arm } = ctx;
  const locale = readerLocale(ctx);
  const target = command.target;
  try {
    const config = await arm.fluxConfigurations.get(...clusterArgs(target), command.name);
    const failing = config.complianceState === 'Non-Compliant' ? statusesTable(config, true, locale) : undefined;
    const tables = [failing, kustomizationTable(config, locale), statusesTable(config, false, locale)].filter(
      (t): t is ReplyTable => t !== undefined,
    );
    // A read answers 'succeeded' even for a Non-Compliant configuration ('warning' is not a final
    // status, so adapters would keep waiting); the state itself is in the fields and the text.
    return {
      title: command.display,
      status: 'succeeded',
      text: t(locale, 'handler.fluxShow.text', {
        name: command.name,
        cluster: target.clusterName,
        state: config.complianceState ?? 'Unknown',
      }),
      fields: fluxConfigurationFields(config, locale),
      tables,
      context: { cluster: describeCluster(target, locale) },
    };
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent(ctx, target);
      throw new UnrecoverableError(
        t(locale, 'handler.fluxConfig.notFound', { name: command.name, cluster: describeCluster(target, locale) }),
      );
    }
    throw error;
  }
};
