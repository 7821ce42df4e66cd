import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEvents } from '../../../jobs/handlers/cluster-events.ts';
import { clusterStatus } from '../../../jobs/handlers/cluster-status.ts';
import { clusterResume } from '../../../jobs/handlers/cluster-suspend.ts';
import { base, clusterContext as context } from '../../support/handlers/cluster-context.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';

/**
 * Cluster command replies in the reader's language, against the kube stand-in through the real
 * client-node: `status` (summary and both tables), `events` and a resume of an object that was not
 * suspended. Flux's own values (True/False, reasons, messages) and object names stay as Flux writes them.
 */
describe('cluster replies in the reader language', () => {
  let world: TutorialCluster;
  beforeAll(async () => {
    world = await startTutorialCluster();
  });
  afterAll(async () => {
    await world.close();
  });

  const status = (locale: string) =>
    clusterStatus(context(world, { ...base, kind: 'status', display: 'status', target: world.target }, [], locale));

  it('status in Japanese', async () => {
    const reply = await status('ja-JP');
    expect(reply.text).toMatch(
      /^flux-demo-arc の Flux オブジェクト \d+ 個: 準備未完了 \d+ 個、中断中 \d+ 個。flux-system のポッド \d+ 個/,
    );
    const [flux, pods] = reply.tables!;
    expect(flux).toMatchObject({
      title: 'Flux オブジェクト',
      columns: ['名前', 'リビジョン', '中断', '準備完了', 'メッセージ'],
    });
    expect(flux!.rows).toContainEqual([
      'kustomization/cluster-config-apps',
      'main/4f1bdad4',
      'False',
      'True',
      'Applied revision: main/4f1bdad4d0a54b939a5e3d52c51464f67e474fcf',
    ]);
    expect(pods).toMatchObject({
      title: 'flux-system のポッド',
      columns: ['名前', '準備完了', '状態', '再起動', '経過時間'],
    });
  });

  it('status in French', async () => {
    const reply = await status('fr_FR.UTF-8');
    expect(reply.text).toMatch(
      /^\d+ objets Flux sur flux-demo-arc : \d+ non prêts, \d+ suspendus ; \d+ pods dans flux-system/,
    );
    expect(reply.tables?.[0]?.columns).toEqual(['NOM', 'RÉVISION', 'SUSPENDU', 'PRÊT', 'MESSAGE']);
    expect(reply.tables?.[1]?.title).toBe('Pods dans flux-system');
  });

  it('events and "not suspended" in Japanese', async () => {
    const before = await clusterEvents(
      context(
        world,
        { ...base, kind: 'events', display: 'events redis', name: 'redis', target: world.target },
        [],
        'ja',
      ),
    );
    expect(before.text).toBe('flux-demo-arc に redis の Flux イベントはありません。');
    world.kube.cluster('flux-demo-arc')!.faults.driftRelease('redis');
    const events = await clusterEvents(
      context(
        world,
        { ...base, kind: 'events', display: 'events redis', name: 'redis', target: world.target },
        [],
        'ja',
      ),
    );
    expect(events.text).toBe('flux-demo-arc の redis の Flux イベント 1 件、警告 1 件。');
    expect(events.tables?.[0]?.title).toBe('イベント');
    expect(events.tables?.[0]?.columns).toEqual(['最終確認', '種類', '理由', 'オブジェクト', 'メッセージ']);
    expect(events.tables?.[0]?.rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Warning', 'DriftDetected', 'HelmRelease/redis'],
    ]);

    const resumed = await clusterResume(
      context(
        world,
        {
          ...base,
          kind: 'resume',
          display: 'resume cluster-config-apps',
          name: 'cluster-config-apps',
          target: world.target,
        },
        [],
        'ja',
      ),
    );
    expect(resumed.status).toBe('info');
    expect(resumed.text).toBe(
      'Kustomization cluster-config/cluster-config-apps は中断されていなかったため、再開するものはありません。Flux は引き続き調整します。今すぐ調整するには: `reconcile cluster-config-apps --namespace cluster-config --kind Kustomization -g flux-demo-rg -c flux-demo-arc -t connectedClusters`。',
    );
  });
});
