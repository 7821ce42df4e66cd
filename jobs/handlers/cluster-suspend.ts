import { setSuspended } from '../../src/cluster/ops/reconcile-flux-object.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';
import { outcomeReply } from './cluster-reconcile.ts';
import { followUpCommand } from './support/follow-up-command.ts';
import { readerLocale } from './support/reader-locale.ts';
import { resolveNamedObject } from './support/resolve-named-object.ts';

/** `suspend NAME` (confirmed before it runs, as destructive): merge-patch spec.suspend=true. */
export const clusterSuspend: Handler<CommandOfKind<'suspend'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const locale = readerLocale(ctx);
    const found = await resolveNamedObject(cluster, ctx.command, locale);
    const what = `${found.kind} ${found.object.metadata.namespace}/${found.object.metadata.name}`;
    if (found.object.spec?.suspend)
      return {
        title: ctx.command.display,
        status: 'info',
        text: t(locale, 'handler.suspend.already', { object: what }),
      };
    await setSuspended(cluster, found, true, { pollMs: 250, timeoutMs: 0 });
    return {
      title: ctx.command.display,
      status: 'succeeded',
      text: t(locale, 'handler.suspend.done', {
        object: what,
        command: followUpCommand('resume', found, ctx.command.target),
      }),
    };
  });

/**
 * `resume NAME`: merge-patch spec.suspend=false and wait for the new generation to reconcile. An
 * object that was not suspended is left alone, and the reply says so (and how to reconcile it now).
 */
export const clusterResume: Handler<CommandOfKind<'resume'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const locale = readerLocale(ctx);
    const found = await resolveNamedObject(cluster, ctx.command, locale);
    if (!found.object.spec?.suspend) {
      const what = `${found.kind} ${found.object.metadata.namespace}/${found.object.metadata.name}`;
      return {
        title: ctx.command.display,
        status: 'info',
        text: t(locale, 'handler.resume.notSuspended', {
          object: what,
          command: followUpCommand('reconcile', found, ctx.command.target),
        }),
      };
    }
    const outcome = await setSuspended(cluster, found, false, {
      pollMs: 250,
      timeoutMs: ctx.settings.complianceDeadlineMs,
    });
    return outcomeReply(ctx.command.display, ctx.command.target, found, outcome, 'resumed', locale);
  });
