import type { FluxCluster, FoundObject } from '../../src/cluster/access/flux-cluster.ts';
import { revisionOf, shortenRevision } from '../../src/cluster/ops/flux-object.ts';
import { type ReconcileOutcome, reconcileFluxObject } from '../../src/cluster/ops/reconcile-flux-object.ts';
import { sourceRefOf } from '../../src/cluster/ops/resolve-flux-object.ts';
import type { ClusterTarget, CommandOfKind } from '../../src/commands/types.ts';
import { type Locale, t } from '../../src/replies/catalog/index.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { Handler, HandlerInput } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';
import { followUpCommand } from './support/follow-up-command.ts';
import { readerLocale } from './support/reader-locale.ts';
import { resolveNamedObject } from './support/resolve-named-object.ts';

const POLL_MS = 250;

function label(found: FoundObject): string {
  return `${found.kind} ${found.object.metadata.namespace}/${found.object.metadata.name}`;
}

/** The reply for one finished wait, shared by reconcile and resume. */
export function outcomeReply(
  display: string,
  target: ClusterTarget,
  found: FoundObject,
  outcome: ReconcileOutcome,
  verb: 'reconciled' | 'resumed',
  locale: Locale,
): Reply {
  const what = label(found);
  if (outcome.state === 'suspended') {
    return {
      title: display,
      status: 'failed',
      text: t(locale, 'handler.reconcile.suspended', {
        object: what,
        command: followUpCommand('resume', found, target),
      }),
    };
  }
  if (outcome.state === 'timeout') {
    return { title: display, status: 'warning', text: t(locale, 'handler.reconcile.timeout', { object: what, verb }) };
  }
  const revision = shortenRevision(revisionOf(found.kind, outcome.object));
  const fields = [
    {
      label: t(locale, 'handler.reconcile.ready'),
      value: outcome.ready ? `${outcome.ready.status} (${outcome.ready.reason ?? ''})` : 'Unknown',
    },
    ...(revision ? [{ label: t(locale, 'handler.reconcile.revision'), value: revision }] : []),
  ];
  if (outcome.ready?.status === 'True') {
    return {
      title: display,
      status: 'succeeded',
      text: t(locale, 'handler.reconcile.done', { object: what, verb, message: outcome.ready.message ?? '' }).trim(),
      fields,
    };
  }
  return {
    title: display,
    status: 'failed',
    text: t(locale, 'handler.reconcile.failed', {
      kind: found.kind,
      message: outcome.ready?.message ?? t(locale, 'handler.reconcile.noReady'),
    }),
    fields,
  };
}

async function reconcileWithSource(ctx: HandlerInput<CommandOfKind<'reconcile'>>, cluster: FluxCluster) {
  const { command } = ctx;
  const locale = readerLocale(ctx);
  const wait = { pollMs: POLL_MS, timeoutMs: ctx.settings.complianceDeadlineMs };
  const found = await resolveNamedObject(cluster, command, locale);
  if (found.object.spec?.suspend)
    return outcomeReply(
      command.display,
      command.target,
      found,
      { state: 'suspended', object: found.object },
      'reconciled',
      locale,
    );
  const ref = command.withSource ? sourceRefOf(found) : undefined;
  if (ref) {
    const source = await cluster.get(ref.kind, ref.namespace, ref.name);
    if (source) {
      const sourceFound = { kind: ref.kind, object: source };
      await ctx.progress({
        title: command.display,
        status: 'running',
        text: t(locale, 'handler.reconcile.source', { object: label(sourceFound) }),
      });
      const sourceOutcome = await reconcileFluxObject(cluster, sourceFound, wait);
      if (sourceOutcome.state !== 'done' || sourceOutcome.ready?.status !== 'True') {
        return outcomeReply(command.display, command.target, sourceFound, sourceOutcome, 'reconciled', locale);
      }
    }
  }
  await ctx.progress({
    title: command.display,
    status: 'running',
    text: t(locale, 'handler.reconcile.object', { object: label(found) }),
  });
  const outcome = await reconcileFluxObject(cluster, found, wait);
  return outcomeReply(command.display, command.target, found, outcome, 'reconciled', locale);
}

/** `reconcile NAME [--namespace NS] [--kind K] [--with-source]`: annotate, wait for the controller, report Ready. */
export const clusterReconcile: Handler<CommandOfKind<'reconcile'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, (cluster) => reconcileWithSource(ctx, cluster));
