import type { FluxCluster, FoundObject } from '../../src/cluster/access/flux-cluster.ts';
import { revisionOf, shortenRevision } from '../../src/cluster/ops/flux-object.ts';
import { type ReconcileOutcome, reconcileFluxObject } from '../../src/cluster/ops/reconcile-flux-object.ts';
import { resolveFluxObject, sourceRefOf } from '../../src/cluster/ops/resolve-flux-object.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { Handler, HandlerInput } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';

const POLL_MS = 250;

function label(found: FoundObject): string {
  return `${found.kind} ${found.object.metadata.namespace}/${found.object.metadata.name}`;
}

/** The reply for one finished wait, shared by reconcile and resume. */
export function outcomeReply(display: string, found: FoundObject, outcome: ReconcileOutcome, verb: string): Reply {
  const what = label(found);
  if (outcome.state === 'suspended') {
    return {
      title: display,
      status: 'failed',
      text: `${what} is suspended, so it will not reconcile. Run \`resume ${found.object.metadata.name} --kind ${found.kind}\` first.`,
    };
  }
  if (outcome.state === 'timeout') {
    return {
      title: display,
      status: 'warning',
      text: `${what}: ${verb} requested, but the controller has not handled it yet.`,
    };
  }
  const revision = shortenRevision(revisionOf(found.kind, outcome.object));
  const fields = [
    { label: 'Ready', value: outcome.ready ? `${outcome.ready.status} (${outcome.ready.reason ?? ''})` : 'Unknown' },
    ...(revision ? [{ label: 'Revision', value: revision }] : []),
  ];
  if (outcome.ready?.status === 'True') {
    return {
      title: display,
      status: 'succeeded',
      text: `${what} ${verb}: ${outcome.ready.message ?? ''}`.trim(),
      fields,
    };
  }
  return {
    title: display,
    status: 'failed',
    text: `${found.kind} reconciliation failed: '${outcome.ready?.message ?? 'no Ready condition'}'`,
    fields,
  };
}

async function reconcileWithSource(ctx: HandlerInput<CommandOfKind<'reconcile'>>, cluster: FluxCluster) {
  const { command } = ctx;
  const wait = { pollMs: POLL_MS, timeoutMs: ctx.settings.complianceDeadlineMs };
  const found = await resolveFluxObject(cluster, command.name, command.objectKind);
  if (found.object.spec?.suspend)
    return outcomeReply(command.display, found, { state: 'suspended', object: found.object }, 'reconciled');
  const ref = command.withSource ? sourceRefOf(found) : undefined;
  if (ref) {
    const source = await cluster.get(ref.kind, ref.namespace, ref.name);
    if (source) {
      const sourceFound = { kind: ref.kind, object: source };
      await ctx.progress({
        title: command.display,
        status: 'running',
        text: `Reconciling source ${label(sourceFound)}…`,
      });
      const sourceOutcome = await reconcileFluxObject(cluster, sourceFound, wait);
      if (sourceOutcome.state !== 'done' || sourceOutcome.ready?.status !== 'True') {
        return outcomeReply(command.display, sourceFound, sourceOutcome, 'reconciled');
      }
    }
  }
  await ctx.progress({ title: command.display, status: 'running', text: `Reconciling ${label(found)}…` });
  return outcomeReply(command.display, found, await reconcileFluxObject(cluster, found, wait), 'reconciled');
}

/** `reconcile NAME [--kind K] [--with-source]`: annotate, wait for the controller, report Ready. */
export const clusterReconcile: Handler<CommandOfKind<'reconcile'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, (cluster) => reconcileWithSource(ctx, cluster));
