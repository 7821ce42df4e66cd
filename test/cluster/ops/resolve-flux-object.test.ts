import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FluxCluster } from '../../../src/cluster/access/flux-cluster.ts';
import { FluxObjectNotFoundError, resolveFluxObject } from '../../../src/cluster/ops/resolve-flux-object.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';

/** Two configurations of the tutorial repository on one cluster: podinfo in cluster-config and in cfg-ja. */
describe('resolveFluxObject with a name two namespaces share (kube stand-in, real client-node)', () => {
  let world: TutorialCluster;
  let cluster: FluxCluster;
  const again = (namespace: string) => `reconcile podinfo --namespace ${namespace} --kind HelmRelease`;
  beforeAll(async () => {
    world = await startTutorialCluster({ moreConfigurations: ['cfg-ja'] });
    cluster = await world.access.connect(world.target);
  });
  afterAll(async () => {
    await world.close();
  });

  it('refuses the bare name, naming every match and the command to run again with --namespace', async () => {
    const refused = resolveFluxObject(cluster, { name: 'podinfo', kind: 'HelmRelease' }, { again });
    await expect(refused).rejects.toThrow(FluxObjectNotFoundError);
    await expect(refused).rejects.toThrow(
      'HelmRelease "podinfo" exists in more than one namespace (cluster-config/podinfo, cfg-ja/podinfo). Name the namespace with --namespace, for example: `reconcile podinfo --namespace cluster-config --kind HelmRelease`',
    );
  });

  it('writes the refusal in the reader language, the example left as a command', async () => {
    await expect(resolveFluxObject(cluster, { name: 'podinfo' }, { again, locale: 'ja' })).rejects.toThrow(
      'HelmRelease "podinfo" は複数の名前空間に存在します (cluster-config/podinfo, cfg-ja/podinfo)。--namespace で名前空間を指定してください。例: `reconcile podinfo --namespace cluster-config --kind HelmRelease`',
    );
  });

  it('with a namespace, looks only there, with or without --kind', async () => {
    for (const namespace of ['cluster-config', 'cfg-ja']) {
      const found = await resolveFluxObject(cluster, { name: 'podinfo', namespace }, { again });
      expect(found.kind).toBe('HelmRelease');
      expect(found.object.metadata).toMatchObject({ name: 'podinfo', namespace });
      const kinded = await resolveFluxObject(cluster, { name: 'podinfo', namespace, kind: 'HelmRelease' }, { again });
      expect(kinded.object.metadata.namespace).toBe(namespace);
    }
  });

  it('says what it looked for when the namespace does not hold the name', async () => {
    await expect(
      resolveFluxObject(cluster, { name: 'podinfo', namespace: 'flux-system', kind: 'HelmRelease' }, { again }),
    ).rejects.toThrow(
      'No HelmRelease named "flux-system/podinfo" on flux-demo-arc. `status` lists the Flux objects that exist.',
    );
  });
});
