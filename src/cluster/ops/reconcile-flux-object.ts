// `flux reconcile` at API level (docs/upstream.md §F4):
// 1. Refuse a suspended object — the controller would only record the request.
// 2. Remember status.lastHandledReconcileAt, then merge-patch a fresh reconcile.fluxcd.io/requestedAt.
// 3. Poll until lastHandledReconcileAt equals the request and observedGeneration caught up with
//    metadata.generation; then report the Ready condition as it stands.
import type { FluxCluster, FoundObject } from '../access/flux-cluster.ts';
import { type Condition, type FluxObject, readyCondition } from './flux-object.ts';

const REQUESTED_AT_ANNOTATION = 'reconcile.fluxcd.io/requestedAt';

export type ReconcileOutcome =
  | { state: 'suspended'; object: FluxObject }
  | { state: 'done'; object: FluxObject; ready?: Condition }
  | { state: 'timeout'; object: FluxObject };

export interface WaitOptions {
  pollMs: number;
  timeoutMs: number;
  now?: () => Date;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function reconcileFluxObject(
  cluster: FluxCluster,
  found: FoundObject,
  options: WaitOptions,
): Promise<ReconcileOutcome> {
  const namespace = found.object.metadata.namespace ?? '';
  const name = found.object.metadata.name;
  const current = (await cluster.get(found.kind, namespace, name)) ?? found.object;
  if (current.spec?.suspend) return { state: 'suspended', object: current };
  const requestedAt = (options.now ?? (() => new Date()))().toISOString();
  await cluster.mergePatch(found.kind, namespace, name, {
    metadata: { annotations: { [REQUESTED_AT_ANNOTATION]: requestedAt } },
  });
  return waitFor(
    cluster,
    found,
    (object) =>
      object.status?.lastHandledReconcileAt === requestedAt &&
      (object.status?.observedGeneration ?? 0) >= (object.metadata.generation ?? 0),
    options,
  );
}

/** Polls until `done(object)`; Ready is reported from the object that satisfied it. */
async function waitFor(
  cluster: FluxCluster,
  found: FoundObject,
  done: (object: FluxObject) => boolean,
  options: WaitOptions,
): Promise<ReconcileOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  const namespace = found.object.metadata.namespace ?? '';
  let latest = found.object;
  while (Date.now() < deadline) {
    latest = (await cluster.get(found.kind, namespace, found.object.metadata.name)) ?? latest;
    if (done(latest)) return { state: 'done', object: latest, ready: readyCondition(latest) };
    await sleep(options.pollMs);
  }
  return { state: 'timeout', object: latest };
}

/** `flux suspend|resume`: merge-patch spec.suspend; resume then waits for the new generation to be Ready. */
export async function setSuspended(
  cluster: FluxCluster,
  found: FoundObject,
  suspend: boolean,
  options: WaitOptions,
): Promise<ReconcileOutcome> {
  const namespace = found.object.metadata.namespace ?? '';
  const patched = await cluster.mergePatch(found.kind, namespace, found.object.metadata.name, { spec: { suspend } });
  if (suspend) return { state: 'done', object: patched, ready: readyCondition(patched) };
  const generation = patched.metadata.generation ?? 0;
  return waitFor(
    cluster,
    { ...found, object: patched },
    (o) => (o.status?.observedGeneration ?? 0) >= generation,
    options,
  );
}
