import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEvents } from '../../../jobs/handlers/cluster-events.ts';
import { clusterLogs } from '../../../jobs/handlers/cluster-logs.ts';
import { clusterReconcile } from '../../../jobs/handlers/cluster-reconcile.ts';
import { clusterStatus } from '../../../jobs/handlers/cluster-status.ts';
import { clusterResume, clusterSuspend } from '../../../jobs/handlers/cluster-suspend.ts';
import { ClusterAccess } from '../../../src/cluster/access/cluster-access.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { base, clusterContext as context } from '../../support/handlers/cluster-context.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';

describe('cluster command handlers against the kube stand-in (real client-node)', () => {
  let world: TutorialCluster;
  beforeAll(async () => {
    world = await startTutorialCluster();
  });
  afterAll(async () => {
    await world.close();
  });

  it('status: flux get-style table across kinds plus the flux-system pods', async () => {
    const reply = await clusterStatus(
      context(world, { ...base, kind: 'status', display: 'status', target: world.target }),
    );
    expect(reply.status).toBe('succeeded');
    const [flux, pods] = reply.tables!;
    expect(flux!.columns).toEqual(['NAME', 'REVISION', 'SUSPENDED', 'READY', 'MESSAGE']);
    expect(flux!.rows).toContainEqual([
      'kustomization/cluster-config-apps',
      'main/4f1bdad4',
      'False',
      'True',
      'Applied revision: main/4f1bdad4d0a54b939a5e3d52c51464f67e474fcf',
    ]);
    expect(flux!.rows.map((r) => r[0]!.split('/')[0])).toEqual([
      'gitrepository',
      'helmrepository',
      'helmrepository',
      'kustomization',
      'kustomization',
      'helmrelease',
      'helmrelease',
      'helmrelease',
    ]);
    expect(pods!.columns).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(pods!.rows.map((r) => [r[0]!.replace(/-[0-9a-f]+-[0-9a-f]+$/, ''), r[1], r[2], r[3]])).toEqual([
      ['fluxconfig-agent', '2/2', 'Running', '0'],
      ['fluxconfig-controller', '2/2', 'Running', '0'],
      ['helm-controller', '1/1', 'Running', '0'],
      ['kustomize-controller', '1/1', 'Running', '0'],
      ['notification-controller', '1/1', 'Running', '0'],
      ['source-controller', '1/1', 'Running', '0'],
    ]);
  });

  it('reconcile --with-source: reconciles the source first, then the Kustomization, and reports Ready', async () => {
    const progress: Reply[] = [];
    const command = {
      ...base,
      kind: 'reconcile' as const,
      display: 'reconcile cluster-config-apps',
      target: world.target,
      name: 'cluster-config-apps',
      withSource: true,
    };
    const reply = await clusterReconcile(context(world, command, progress));
    expect(progress.map((p) => p.text)).toEqual([
      'Reconciling source GitRepository cluster-config/cluster-config…',
      'Reconciling Kustomization cluster-config/cluster-config-apps…',
    ]);
    expect(reply).toMatchObject({
      status: 'succeeded',
      text: 'Kustomization cluster-config/cluster-config-apps reconciled: Applied revision: main/4f1bdad4d0a54b939a5e3d52c51464f67e474fcf',
    });
    const object = world.kube
      .cluster('flux-demo-arc')!
      .store.list({
        group: 'kustomize.toolkit.fluxcd.io',
        kind: 'Kustomization',
        plural: 'kustomizations',
        namespaced: true,
      })
      .find((k) => k.metadata.name === 'cluster-config-apps')!;
    expect(object.status?.lastHandledReconcileAt).toBe(
      object.metadata.annotations?.['reconcile.fluxcd.io/requestedAt'],
    );
  });

  it('reconcile of a failing HelmRelease reports the failure in flux words', async () => {
    world.kube.cluster('flux-demo-arc')!.faults.failHelmRelease('podinfo');
    const command = {
      ...base,
      kind: 'reconcile' as const,
      display: 'reconcile podinfo',
      target: world.target,
      name: 'podinfo',
      withSource: false,
    };
    const reply = await clusterReconcile(context(world, command));
    expect(reply.status).toBe('failed');
    expect(reply.text).toMatch(
      /^HelmRelease reconciliation failed: 'Helm upgrade failed for release cluster-config\/podinfo/,
    );
    world.kube.cluster('flux-demo-arc')!.faults.recoverHelmRelease('podinfo');
  });

  it('suspend, reconcile refused while suspended, resume', async () => {
    const target = world.target;
    const suspended = await clusterSuspend(
      context(world, {
        ...base,
        safety: 'destructive',
        kind: 'suspend',
        display: 'suspend nginx',
        target,
        name: 'nginx',
      }),
    );
    expect(suspended).toMatchObject({ status: 'succeeded' });
    expect(suspended.text).toMatch(/^HelmRelease cluster-config\/nginx suspended/);
    const refused = await clusterReconcile(
      context(world, {
        ...base,
        kind: 'reconcile',
        display: 'reconcile nginx',
        target,
        name: 'nginx',
        withSource: false,
      }),
    );
    expect(refused).toMatchObject({
      status: 'failed',
      text: 'HelmRelease cluster-config/nginx is suspended, so it will not reconcile. Run `resume nginx --namespace cluster-config --kind HelmRelease -g flux-demo-rg -c flux-demo-arc -t connectedClusters` first.',
    });
    const status = await clusterStatus(context(world, { ...base, kind: 'status', display: 'status', target }));
    expect(status.tables![0]!.rows.find((r) => r[0] === 'helmrelease/nginx')![2]).toBe('True');
    const resumed = await clusterResume(
      context(world, { ...base, kind: 'resume', display: 'resume nginx', target, name: 'nginx' }),
    );
    expect(resumed.status).toBe('succeeded');
    expect(resumed.text).toMatch(/^HelmRelease cluster-config\/nginx resumed/);
    const again = await clusterResume(
      context(world, { ...base, kind: 'resume', display: 'resume nginx', target, name: 'nginx' }),
    );
    expect(again).toMatchObject({
      status: 'info',
      text: 'HelmRelease cluster-config/nginx was not suspended, so there was nothing to resume; Flux keeps reconciling it. To reconcile it now: `reconcile nginx --namespace cluster-config --kind HelmRelease -g flux-demo-rg -c flux-demo-arc -t connectedClusters`.',
    });
  });

  it('events [name]: Flux events of one object, oldest first', async () => {
    world.kube.cluster('flux-demo-arc')!.faults.driftRelease('redis');
    const reply = await clusterEvents(
      context(world, { ...base, kind: 'events', display: 'events redis', target: world.target, name: 'redis' }),
    );
    expect(reply.status).toBe('warning');
    expect(reply.tables![0]!.columns).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(reply.tables![0]!.rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Warning', 'DriftDetected', 'HelmRelease/redis'],
    ]);
  });

  it('logs: current and --previous after an OOM kill; --tail limits lines', async () => {
    const target = world.target;
    const kube = world.kube.cluster('flux-demo-arc')!;
    const before = await clusterLogs(
      context(world, {
        ...base,
        kind: 'logs',
        display: 'logs helm-controller',
        target,
        controller: 'helm-controller',
        previous: false,
      }),
    );
    expect(before.detail!.lines.map((l) => JSON.parse(l).msg)).toEqual(['starting manager', 'Starting metrics server']);
    await expect(
      clusterLogs(
        context(world, {
          ...base,
          kind: 'logs',
          display: 'logs helm-controller --previous',
          target,
          controller: 'helm-controller',
          previous: true,
        }),
      ),
    ).rejects.toThrow(
      new UnrecoverableError(
        'helm-controller has not restarted (0 restarts), so there is no previous container log. Drop --previous to see the current log.',
      ),
    );
    kube.faults.oomKill('helm-controller');
    const previous = await clusterLogs(
      context(world, {
        ...base,
        kind: 'logs',
        display: 'logs helm-controller --previous --tail 1',
        target,
        controller: 'helm-controller',
        previous: true,
        tail: 1,
      }),
    );
    expect(previous.detail!.lines.map((l) => JSON.parse(l).msg)).toEqual(['Starting metrics server']);
    expect(previous.detail!.title).toMatch(/^helm-controller-\S+ manager \(previous\)$/);
  });

  it('an unknown name and an unreachable Arc cluster end the job with a clear message', async () => {
    await expect(
      clusterReconcile(
        context(world, {
          ...base,
          kind: 'reconcile',
          display: 'reconcile nope',
          target: world.target,
          name: 'nope',
          withSource: false,
        }),
      ),
    ).rejects.toThrow(
      new UnrecoverableError(
        'No Flux object named "nope" on flux-demo-arc. `status` lists the Flux objects that exist.',
      ),
    );
    const offline = { ...world, access: new ClusterAccess([]) } as TutorialCluster;
    const error = await clusterStatus(
      context(offline, { ...base, kind: 'status', display: 'status', target: world.target }),
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toMatch(
      /^fluxops has no route to the Kubernetes API of flux-demo-arc \(an Arc cluster\)\. Everything ARM and the Flux webhook provide still works here/,
    );
  });
});

describe('API versions are discovered', () => {
  it('an old microsoft.flux (1.8.x) serves only the betas, and status still reads HelmReleases through v2beta1', async () => {
    const world = await startTutorialCluster({ fluxVersion: '1.8.3' });
    try {
      const cluster = await world.access.connect(world.target);
      const versions = await cluster.fluxVersions();
      expect(Object.fromEntries(versions)).toMatchObject({
        HelmRelease: 'v2beta1',
        Kustomization: 'v1beta2',
        GitRepository: 'v1beta2',
      });
      const reply = await clusterStatus(
        context(world, { ...base, kind: 'status', display: 'status', target: world.target }),
      );
      expect(reply.tables![0]!.rows.filter((r) => r[0]!.startsWith('helmrelease/'))).toHaveLength(3);
      const paths = new Set<string>();
      const object = (await cluster.list('HelmRelease'))[0]!;
      paths.add(object.apiVersion ?? '');
      expect([...paths]).toEqual(['helm.toolkit.fluxcd.io/v2beta1']);
    } finally {
      await world.close();
    }
  });
});
