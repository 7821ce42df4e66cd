import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterFluxEvent } from '../../../src/cluster/watch/cluster-event.ts';
import { type ClusterWatch, watchCluster } from '../../../src/cluster/watch/cluster-watchers.ts';
import { parseCommand } from '../../../src/commands/parse.ts';
import { startTutorialCluster, type TutorialCluster } from '../../support/sandbox/tutorial-cluster.ts';
import { until } from '../../support/until.ts';

describe('cluster watchers', () => {
  let world: TutorialCluster | undefined;
  let watch: ClusterWatch | undefined;
  afterEach(async () => {
    watch?.stop();
    await world?.close();
  });

  async function start(settings?: Record<string, string>) {
    world = await startTutorialCluster({ settings });
    const events: ClusterFluxEvent[] = [];
    const cluster = await world.access.connect(world.target);
    await until(
      'releases',
      () =>
        world!.kube.cluster('flux-demo-arc')!.store.list({
          group: 'helm.toolkit.fluxcd.io',
          kind: 'HelmRelease',
          plural: 'helmreleases',
          namespaced: true,
        }).length === 3,
    );
    watch = await watchCluster(cluster, {
      target: world.target,
      port: { onEvent: (event) => void events.push(event) },
      readyTransitions: true,
    });
    return { events, faults: world.kube.cluster('flux-demo-arc')!.faults };
  }

  it('reports an OOM-killed controller with limit, restarts, last exit and a fix button that parses as an extension update', async () => {
    const { events, faults } = await start();
    expect(events).toEqual([]);
    faults.oomKill('helm-controller');
    const oom = await until('the OOM event', () => events.find((e) => e.reason === 'OOMKilled'));
    expect(oom).toMatchObject({
      cluster: 'flux-demo-arc',
      kind: 'Deployment',
      namespace: 'flux-system',
      name: 'helm-controller',
      severity: 'error',
    });
    expect(oom.message).toMatch(/^helm-controller was OOMKilled: limit 1Gi, 1 restart, last exit \d{4}-/);
    // Labels stay keys on the event; the alert writes them in its channel's language.
    expect(oom.note).toMatchObject({ key: 'alert.own.oom.message', values: { controller: 'helm-controller' } });
    expect(oom.fields?.map((f) => f.label)).toEqual(
      ['controller', 'memoryLimit', 'restarts', 'lastExit', 'pod'].map((what) => ({
        key: `alert.own.oom.field.${what}`,
      })),
    );
    const fix = oom.actions?.find((a) => a.id === 'oom-fix');
    expect(fix?.command).toBe(
      'extension update -n flux --config helm-controller.resources.limits.memory=2Gi helm-controller.outOfMemoryWatch.enabled=true -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
    );
    const parsed = parseCommand(fix!.command!);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.command).toMatchObject({
        kind: 'extension.update',
        configurationSettings: {
          'helm-controller.resources.limits.memory': '2Gi',
          'helm-controller.outOfMemoryWatch.enabled': 'true',
        },
      });
    }
    // A second kill is a second event; nothing is repeated in between.
    faults.oomKill('helm-controller');
    await until('second OOM', () => events.filter((e) => e.reason === 'OOMKilled').length === 2);
    expect(events.filter((e) => e.reason === 'OOMKilled').map((e) => e.fields?.[2]?.value)).toEqual(['1', '2']);
  });

  it("recognises helm-controller's OOM-watch shutdown from its previous log", async () => {
    const { events, faults } = await start({ 'helm-controller.outOfMemoryWatch.enabled': 'true' });
    expect(faults.oomKill('helm-controller')).toBe('Completed');
    const shutdown = await until('the OOM-watch event', () => events.find((e) => e.reason === 'OOMWatchShutdown'));
    expect(shutdown.message).toContain('shut itself down near its memory limit');
    // Another controller restarting for another reason is not an OOM.
    expect(events.filter((e) => e.reason === 'OOMKilled')).toEqual([]);
  });

  it('turns drift events and Ready transitions into FluxEvents', async () => {
    const { events, faults } = await start();
    faults.driftRelease('nginx');
    const drift = await until('drift', () => events.find((e) => e.reason === 'DriftDetected'));
    expect(drift).toMatchObject({
      kind: 'HelmRelease',
      name: 'nginx',
      namespace: 'cluster-config',
      severity: 'error',
      revision: '9.3.22',
    });
    faults.failHelmRelease('podinfo');
    const failed = await until('failure', () => events.find((e) => e.reason === 'UpgradeFailed'));
    expect(failed).toMatchObject({ kind: 'HelmRelease', name: 'podinfo', health: 'failing', severity: 'error' });
    faults.recoverHelmRelease('podinfo');
    const healed = await until('recovery', () => events.find((e) => e.reason === 'UpgradeSucceeded'));
    expect(healed).toMatchObject({ name: 'podinfo', health: 'healthy', severity: 'info' });
    expect(events.filter((e) => e.name === 'podinfo').map((e) => e.reason)).toEqual([
      'UpgradeFailed',
      'UpgradeSucceeded',
    ]);
  });
});
