// The real @azure/arm-kubernetesconfiguration SDK over HTTPS against the stand-in: the tutorial's happy path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import {
  AKS,
  ARC,
  FAST,
  fastSandbox,
  installFlux,
  RG,
  sdkClient,
  TUTORIAL_CONFIG,
} from '../../support/sandbox/arm-sandbox.ts';
import { until } from '../../support/until.ts';

let sandbox: ArmSandbox;
beforeEach(async () => {
  sandbox = await fastSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

describe('extensions through the SDK', () => {
  it('starts with the tutorial clusters and no extension', async () => {
    const client = sdkClient(sandbox);
    const clusters = sandbox.world
      .clusters()
      .map((cluster) => `${cluster.resourceGroup}/${cluster.clusterRp}/${cluster.clusterType}/${cluster.name}`);
    expect(clusters).toEqual([
      'flux-demo-rg/Microsoft.Kubernetes/connectedClusters/flux-demo-arc',
      'flux-demo-rg/Microsoft.ContainerService/managedClusters/flux-demo-aks',
    ]);
    for (const cluster of [ARC, AKS]) {
      const names: string[] = [];
      for await (const extension of client.extensions.list(RG, ...cluster)) names.push(extension.name ?? '');
      expect(names).toEqual([]);
    }
  });

  it('creates microsoft.flux: Creating at first, Succeeded with the newest version after the operation', async () => {
    // The operation must outlast the time between the PUT's answer and the check below, even under a full test run.
    await sandbox.close();
    sandbox = await fastSandbox({ operationDelayMs: 500 });
    const client = sdkClient(sandbox);
    const poller = await client.extensions.beginCreate(
      RG,
      ...ARC,
      'flux',
      { extensionType: 'microsoft.flux', configurationSettings: { 'helm-controller.detectDrift': 'true' } },
      FAST,
    );
    expect(sandbox.world.extension({ name: 'flux-demo-arc' }, 'flux')?.properties.provisioningState).toBe('Creating');
    const extension = await poller.pollUntilDone();
    expect(extension.provisioningState).toBe('Succeeded');
    expect(extension.currentVersion).toBe('1.24.1');
    expect(extension.configurationSettings).toEqual({ 'helm-controller.detectDrift': 'true' });
    expect(extension.scope?.cluster?.releaseNamespace).toBe('flux-system');
  });

  it('keeps a pinned version and never returns protected settings', async () => {
    const client = sdkClient(sandbox);
    const extension = await client.extensions.beginCreateAndWait(
      RG,
      ...AKS,
      'flux',
      {
        extensionType: 'microsoft.flux',
        autoUpgradeMinorVersion: false,
        version: '1.8.3',
        configurationProtectedSettings: { 'some.secret': 'hunter2' },
      },
      FAST,
    );
    expect(extension.currentVersion).toBe('1.8.3');
    const fetched = await client.extensions.get(RG, ...AKS, 'flux');
    expect(fetched.configurationProtectedSettings).toBeUndefined();
    expect(JSON.stringify(fetched)).not.toContain('hunter2');
    expect(JSON.stringify(sandbox.requests)).not.toContain('hunter2');
  });

  it('patches settings (202 → Succeeded) and upgrades a pinned version', async () => {
    const client = sdkClient(sandbox);
    await client.extensions.beginCreateAndWait(
      RG,
      ...ARC,
      'flux',
      { extensionType: 'microsoft.flux', autoUpgradeMinorVersion: false, version: '1.12.0' },
      FAST,
    );
    const patched = await client.extensions.beginUpdateAndWait(
      RG,
      ...ARC,
      'flux',
      { version: '1.13.1', configurationSettings: { 'kustomize-controller.strict-substitution-mode': 'true' } },
      FAST,
    );
    expect(patched.currentVersion).toBe('1.13.1');
    expect(patched.configurationSettings).toEqual({ 'kustomize-controller.strict-substitution-mode': 'true' });
    expect(sandbox.requests.filter((request) => request.method === 'PATCH').map((request) => request.status)).toEqual([
      202,
    ]);
  });

  it('deletes an extension (202) and answers 404 afterwards', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.extensions.beginDeleteAndWait(RG, ...ARC, 'flux', FAST);
    await expect(client.extensions.get(RG, ...ARC, 'flux')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
    expect(sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });
});

describe('fluxConfigurations through the SDK', () => {
  it('runs the tutorial: create, Pending, then Compliant with the objects the tutorial shows', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    const created = await client.fluxConfigurations.beginCreateOrUpdateAndWait(
      RG,
      ...ARC,
      'cluster-config',
      TUTORIAL_CONFIG,
      FAST,
    );
    expect(created.provisioningState).toBe('Succeeded');
    expect(created.complianceState).toBe('Pending');
    expect(created.kustomizations?.apps).toMatchObject({
      name: 'apps',
      path: './apps/staging',
      prune: true,
      dependsOn: ['infra'],
    });

    const compliant = await until('cluster-config to be Compliant', async () => {
      const config = await client.fluxConfigurations.get(RG, ...ARC, 'cluster-config');
      return config.complianceState === 'Compliant' && config;
    });
    const objects = (compliant.statuses ?? []).map(
      (status) => `${status?.kind} ${status?.namespace}/${status?.name} ${status?.complianceState}`,
    );
    expect(objects.sort()).toEqual(
      [
        'GitRepository cluster-config/cluster-config Compliant',
        'Kustomization cluster-config/cluster-config-infra Compliant',
        'Kustomization cluster-config/cluster-config-apps Compliant',
        'HelmRelease cluster-config/nginx Compliant',
        'HelmRelease cluster-config/podinfo Compliant',
        'HelmRelease cluster-config/redis Compliant',
      ].sort(),
    );
    const podinfo = compliant.statuses?.find((status) => status?.name === 'podinfo');
    expect(podinfo?.appliedBy).toEqual({ name: 'cluster-config-apps', namespace: 'cluster-config' });
    expect(compliant.sourceSyncedCommitId).toBe('main/4f1bdad4d0a54b939a5e3d52c51464f67e474fcf');
  });

  it('reports only its own objects for another repository', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client, AKS);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(
      RG,
      ...AKS,
      'my-app',
      {
        namespace: 'my-app',
        gitRepository: { url: 'https://github.com/contoso/my-app', repositoryRef: { tag: 'v1.2.3' } },
        kustomizations: { web: { path: './deploy' } },
      },
      FAST,
    );
    const config = await until('my-app to be Compliant', async () => {
      const value = await client.fluxConfigurations.get(RG, ...AKS, 'my-app');
      return value.complianceState === 'Compliant' && value;
    });
    expect(config.statuses?.map((status) => `${status?.kind}/${status?.name}`)).toEqual([
      'GitRepository/my-app',
      'Kustomization/my-app-web',
    ]);
    expect(config.sourceSyncedCommitId).toMatch(/^v1\.2\.3\/[0-9a-f]{40}$/);
  });

  it('lists, patches (suspend → Suspended, kustomization null deletes), then deletes with exactly one DELETE', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    const names: string[] = [];
    for await (const config of client.fluxConfigurations.list(RG, ...ARC)) names.push(config.name ?? '');
    expect(names).toEqual(['cluster-config']);

    const patched = await client.fluxConfigurations.beginUpdateAndWait(
      RG,
      ...ARC,
      'cluster-config',
      // The SDK model has no null for a kustomization, but the wire format uses it to delete one.
      { suspend: true, kustomizations: { apps: null as never, infra: { path: './infrastructure', prune: true } } },
      FAST,
    );
    expect(patched.suspend).toBe(true);
    expect(Object.keys(patched.kustomizations ?? {})).toEqual(['infra']);
    expect(patched.complianceState).toBe('Suspended');

    await client.fluxConfigurations.beginDeleteAndWait(RG, ...ARC, 'cluster-config', FAST);
    expect(sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(sandbox.world.fluxConfigurations()).toEqual([]);
  });

  it('PATCH without changes answers 200 and starts no operation', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    await client.fluxConfigurations.beginUpdateAndWait(RG, ...ARC, 'cluster-config', { suspend: false }, FAST);
    const patch = sandbox.requests.find((request) => request.method === 'PATCH');
    expect(patch?.status).toBe(200);
  });

  it('waitForReconciliation keeps the operation running until the configuration is Compliant', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    const config = await client.fluxConfigurations.beginCreateOrUpdateAndWait(
      RG,
      ...ARC,
      'cluster-config',
      { ...TUTORIAL_CONFIG, waitForReconciliation: true, reconciliationWaitDuration: 'PT30M' },
      FAST,
    );
    expect(config.complianceState).toBe('Compliant');
  });
});
