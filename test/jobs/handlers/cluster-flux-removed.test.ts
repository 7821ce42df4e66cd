import { UnrecoverableError } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clusterReconcile } from '../../../jobs/handlers/cluster-reconcile.ts';
import { clusterStatus } from '../../../jobs/handlers/cluster-status.ts';
import { clusterResume, clusterSuspend } from '../../../jobs/handlers/cluster-suspend.ts';
import { base, clusterContext as context } from '../../support/handlers/cluster-context.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';

/**
 * Flux API versions are discovered once per connection. Deleting microsoft.flux (or moving it to a
 * version serving other API versions) must not leave commands on the stale versions' 404s.
 */
const NOT_INSTALLED =
  'Flux is not installed on flux-demo-arc (microsoft.flux extension missing): the cluster serves no toolkit.fluxcd.io APIs. `flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.';

describe('Flux removed or changed after the first discovery', () => {
  let world: TutorialCluster;
  beforeEach(async () => {
    world = await startTutorialCluster();
  });
  afterEach(async () => {
    await world.close();
  });
  const status = () =>
    clusterStatus(context(world, { ...base, kind: 'status', display: 'status', target: world.target }));

  it('status after the extension is deleted says Flux is not installed', async () => {
    expect((await status()).tables?.[0]?.rows).toHaveLength(8);
    // The stand-in's view of `extension delete`: no microsoft.flux, so no Flux CRDs are served.
    world.kube.cluster('flux-demo-arc')!.syncExtension(undefined);
    const reply = await status();
    expect(reply).toMatchObject({ status: 'info', text: NOT_INSTALLED });
    expect(reply.tables).toBeUndefined();
  });

  it('reconcile, suspend and resume after the extension is deleted say Flux is not installed', async () => {
    const target = world.target;
    expect((await status()).status).toBe('succeeded');
    world.kube.cluster('flux-demo-arc')!.syncExtension(undefined);
    const named = { ...base, target, name: 'podinfo' };
    const runs = [
      clusterReconcile(
        context(world, { ...named, kind: 'reconcile', display: 'reconcile podinfo', withSource: false }),
      ),
      clusterSuspend(context(world, { ...named, safety: 'destructive', kind: 'suspend', display: 'suspend podinfo' })),
      clusterResume(context(world, { ...named, kind: 'resume', display: 'resume podinfo', objectKind: 'HelmRelease' })),
    ];
    for (const run of runs) await expect(run).rejects.toThrow(new UnrecoverableError(NOT_INSTALLED));
  });

  it('a changed extension version is re-discovered: status reads HelmReleases through the betas', async () => {
    await status();
    world.kube.cluster('flux-demo-arc')!.installFlux('1.8.3');
    const reply = await status();
    expect(reply.tables?.[0]?.rows).toHaveLength(8);
    const cluster = await world.access.connect(world.target);
    expect((await cluster.fluxVersions()).get('HelmRelease')).toBe('v2beta1');
  });
});
