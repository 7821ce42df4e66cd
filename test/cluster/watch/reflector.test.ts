import { CustomObjectsApi } from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeCluster } from '../../../sandbox/kube/kube-cluster.ts';
import { FLUX_TYPES } from '../../../sandbox/kube/resource-types.ts';
import type { FluxObject } from '../../../src/cluster/ops/flux-object.ts';
import { type ChangeType, Reflector } from '../../../src/cluster/watch/reflector.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';
import { until } from '../../support/until.ts';

const HELM_RELEASE = FLUX_TYPES.find((t) => t.kind === 'HelmRelease')!;
const PATH = '/apis/helm.toolkit.fluxcd.io/v2/helmreleases';

/** Changes a HelmRelease directly in the stand-in's store (what a controller writing status does). */
function touch(cluster: KubeCluster, name: string, note: string): string {
  const object = cluster.store.get(HELM_RELEASE, 'cluster-config', name)!;
  return cluster.store.put(HELM_RELEASE, { ...object, status: { ...object.status, note } }).metadata.resourceVersion;
}

describe('Reflector against the kube stand-in with the real client-node Watch', () => {
  let world: TutorialCluster | undefined;
  let reflector: Reflector<FluxObject> | undefined;
  afterEach(async () => {
    reflector?.stop();
    await world?.close();
  });

  it('survives a killed stream, a 410 (event and HTTP), and the inactivity abort without losing or doubling a change', async () => {
    world = await startTutorialCluster({ kube: { bookmarkIntervalMs: 0 } });
    const cluster = world.kube.cluster('flux-demo-arc')!;
    await until('the tutorial HelmReleases', () => cluster.store.list(HELM_RELEASE).length === 3);
    const custom = cluster.kubeConfig().makeApiClient(CustomObjectsApi);
    const seen: { type: ChangeType; name: string; rv: string }[] = [];
    reflector = new Reflector<FluxObject>({
      kubeConfig: cluster.kubeConfig(),
      path: PATH,
      list: async (token) =>
        (await custom.listClusterCustomObject({
          group: 'helm.toolkit.fluxcd.io',
          version: 'v2',
          plural: 'helmreleases',
          limit: 2,
          _continue: token,
        })) as never,
      onChange: (type, object) =>
        seen.push({ type, name: object.metadata.name, rv: object.metadata.resourceVersion ?? '' }),
      inactivityTimeoutMs: 400,
      retryDelayMs: 20,
    });
    await reflector.start();
    expect(seen.map((e) => `${e.type} ${e.name}`).sort()).toEqual(['ADDED nginx', 'ADDED podinfo', 'ADDED redis']);
    await until('the watch', () => cluster.server.openWatches() === 1);

    const expected: string[] = [];
    // 1. A live change.
    expected.push(`MODIFIED nginx ${touch(cluster, 'nginx', 'live')}`);
    await until('the live change', () => seen.length === 4);

    // 2. The stream is cut; a change happens while nobody watches; the resume replays it once.
    cluster.server.killWatches();
    expected.push(`MODIFIED redis ${touch(cluster, 'redis', 'while-disconnected')}`);
    await until('the change made while disconnected', () => seen.length === 5);

    // 3. History compacted while disconnected: the resume gets a 410 ERROR event and re-lists.
    await until('the re-watch', () => cluster.server.openWatches() === 1);
    cluster.server.killWatches();
    expected.push(`MODIFIED podinfo ${touch(cluster, 'podinfo', 'compacted')}`);
    const deleted = cluster.store.delete(HELM_RELEASE, 'cluster-config', 'redis')!;
    cluster.store.compact();
    await until('the re-list after 410', () => seen.length === 7);
    expected.push(`DELETED redis ${seen.at(-1)?.rv}`);
    expect(deleted.metadata.name).toBe('redis');

    // 4. Same, but the server answers HTTP 410 Gone.
    await until('the watch after re-list', () => cluster.server.openWatches() === 1);
    cluster.server.goneAsHttpStatus = true;
    cluster.server.killWatches();
    expected.push(`MODIFIED nginx ${touch(cluster, 'nginx', 'http-410')}`);
    cluster.store.compact();
    await until('the re-list after HTTP 410', () => seen.length === 8);
    cluster.server.goneAsHttpStatus = false;

    // 5. Silence longer than the inactivity timeout: client-node aborts, the reflector resumes.
    await until('two inactivity aborts', () => reflector!.stats.timeouts >= 2);
    expected.push(`MODIFIED podinfo ${touch(cluster, 'podinfo', 'after-abort')}`);
    await until('the change after the abort', () => seen.length === 9);

    const after = seen.slice(3).map((e) => `${e.type} ${e.name} ${e.rv}`);
    expect(after.slice(0, 3)).toEqual(expected.slice(0, 3));
    // The re-list reports the delete after the modification it found (list order, then vanished objects).
    expect(after.slice(2, 4).sort()).toEqual([expected[2], expected[3]].sort());
    expect(after.slice(4)).toEqual(expected.slice(4));
    expect(new Set(after).size).toBe(after.length);
    expect(reflector.stats.gone).toBe(2);
    expect(reflector.stats.lists).toBe(3);
    expect(reflector.stats.timeouts).toBeGreaterThanOrEqual(2);
  });
});
