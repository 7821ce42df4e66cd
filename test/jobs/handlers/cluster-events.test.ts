import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEvents } from '../../../jobs/handlers/cluster-events.ts';
import { clusterReconcile } from '../../../jobs/handlers/cluster-reconcile.ts';
import { base, clusterContext as context } from '../../support/handlers/cluster-context.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';

describe('events NAME: counts and names shared by several kinds', () => {
  let world: TutorialCluster;
  beforeAll(async () => {
    world = await startTutorialCluster();
  });
  afterAll(async () => {
    await world.close();
  });
  const events = (name: string) =>
    clusterEvents(context(world, { ...base, kind: 'events', display: `events ${name}`, target: world.target, name }));

  it('one event is "1 Flux event", one warning "1 warning"', async () => {
    world.kube.cluster('flux-demo-arc')!.faults.driftRelease('redis');
    const reply = await events('redis');
    expect(reply.text).toBe('1 Flux event for redis on flux-demo-arc, 1 warning.');
    expect(reply.tables).toHaveLength(1);
  });

  it('a name both a HelmRelease and a HelmRepository have: one table per object, and the reply says so', async () => {
    // source-controller records ArtifactUpToDate on the HelmRepository; helm-controller UpgradeFailed on the release.
    const reconciled = await clusterReconcile(
      context(world, {
        ...base,
        kind: 'reconcile',
        display: 'reconcile podinfo --kind HelmRepository',
        target: world.target,
        name: 'podinfo',
        objectKind: 'HelmRepository',
        withSource: false,
      }),
    );
    expect(reconciled.status).toBe('succeeded');
    world.kube.cluster('flux-demo-arc')!.faults.failHelmRelease('podinfo');
    const reply = await events('podinfo');
    expect(reply.status).toBe('warning');
    expect(reply.text).toBe(
      '2 Flux events for podinfo on flux-demo-arc, 1 warning. "podinfo" names 2 Flux objects (HelmRelease cluster-config/podinfo, HelmRepository cluster-config/podinfo), so the events are grouped by object.',
    );
    expect(reply.tables!.map((t) => [t.title, t.rows.map((r) => [r[1], r[2], r[3]])])).toEqual([
      ['Events of HelmRelease cluster-config/podinfo', [['Warning', 'UpgradeFailed', 'HelmRelease/podinfo']]],
      ['Events of HelmRepository cluster-config/podinfo', [['Normal', 'ArtifactUpToDate', 'HelmRepository/podinfo']]],
    ]);
  });
});
