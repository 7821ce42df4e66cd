import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClusterRuntime } from '../../app/cluster-runtime.ts';
import { ClusterUnreachableError } from '../../src/cluster/access/kube-errors.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { testConfig } from '../support/test-app.ts';

/** Sandbox mode and a developer's real kubeconfig: the sandbox reaches real clusters only when asked. */
describe('cluster runtime in sandbox mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxops-kubeconfig-'));
  const kubeconfig = join(dir, 'config');
  writeFileSync(
    kubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: real, cluster: { server: "https://real-cluster.invalid:6443" } }]',
      'users: [{ name: admin, user: { token: not-a-real-token } }]',
      'contexts: [{ name: real-admin, context: { cluster: real, user: admin } }]',
      'current-context: real-admin',
    ].join('\n'),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const target: ClusterTarget = {
    resourceGroup: 'prod-rg',
    clusterName: 'prod-aks',
    clusterType: 'managedClusters',
    clusterRp: 'Microsoft.ContainerService',
  };
  const env = { FLUXOPS_SANDBOX: 'true', KUBECONFIG: kubeconfig, KUBE_CONTEXTS: 'prod-aks=real-admin' };

  it('ignores KUBECONFIG and KUBE_CONTEXTS by default, and says so once', async () => {
    const { logger, lines } = recordingLogger();
    const runtime = await createClusterRuntime({ config: testConfig(env), logger });
    await expect(runtime.access.connect(target)).rejects.toBeInstanceOf(ClusterUnreachableError);
    expect(lines().filter((l) => l.msg.includes('SANDBOX_USE_KUBECONFIG=true'))).toHaveLength(1);
    runtime.close();
  });

  it('uses them with SANDBOX_USE_KUBECONFIG=true', async () => {
    const { logger } = recordingLogger();
    const config = testConfig({ ...env, SANDBOX_USE_KUBECONFIG: 'true' });
    const runtime = await createClusterRuntime({ config, logger });
    const cluster = await runtime.access.connect(target);
    expect(cluster).toBeDefined();
    runtime.close();
  });
});
