// The read side other stand-ins use (world + config-changed events), the request log, seeds, and the
// less common ARM behaviours: paging, provisionedClusters, operation status bodies, extension removal.
import { afterEach, describe, expect, it } from 'vitest';
import { REDACTED } from '../../../sandbox/arm/request-log.ts';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import type { ConfigChangedEvent } from '../../../sandbox/arm/store.ts';
import { armRequest, waitForOperation } from '../../support/sandbox/arm-request.ts';
import {
  ARC,
  type ClusterArgs,
  clusterPath,
  FAST,
  fastSandbox,
  installFlux,
  RG,
  sdkClient,
  TUTORIAL_CONFIG,
} from '../../support/sandbox/arm-sandbox.ts';
import { until } from '../../support/until.ts';

let sandbox: ArmSandbox;
afterEach(async () => {
  await sandbox.close();
});

describe('SandboxWorld', () => {
  it('emits config-changed through create, provisioning, Pending, Compliant and delete', async () => {
    sandbox = await fastSandbox();
    const events: string[] = [];
    const onChange = (event: ConfigChangedEvent) =>
      events.push(
        `${event.change}:${event.config.properties.provisioningState}:${event.config.properties.complianceState}`,
      );
    sandbox.world.on('config-changed', onChange);
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    await until('four events', () => events.length >= 4);
    const [entry] = sandbox.world.fluxConfigurations({ name: 'flux-demo-arc' });
    expect(entry?.cluster).toMatchObject({ clusterType: 'connectedClusters', resourceGroup: RG });
    expect(entry?.config.properties.statuses.map((status) => status.name)).toContain('redis');
    await client.fluxConfigurations.beginDeleteAndWait(RG, ...ARC, 'cluster-config', FAST);
    sandbox.world.off('config-changed', onChange);
    expect(events).toEqual([
      'created:Creating:Pending',
      'provisioned:Succeeded:Pending',
      'compliance:Succeeded:Pending',
      'compliance:Succeeded:Compliant',
      'deleted:Deleting:Compliant',
    ]);
  });

  it('hands out copies, so callers cannot change the stand-in state', async () => {
    sandbox = await fastSandbox();
    const client = sdkClient(sandbox);
    await installFlux(client);
    const copy = sandbox.world.extension({ name: 'flux-demo-arc' }, 'flux');
    if (!copy) throw new Error('extension missing');
    copy.properties.provisioningState = 'Failed';
    expect(sandbox.world.extension({ name: 'FLUX-DEMO-ARC' }, 'FLUX')?.properties.provisioningState).toBe('Succeeded');
  });

  it('lets an extension be deleted under its configurations, which then report Unknown until it returns', async () => {
    sandbox = await fastSandbox();
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    await client.extensions.beginDeleteAndWait(RG, ...ARC, 'flux', FAST);
    const orphan = await client.fluxConfigurations.get(RG, ...ARC, 'cluster-config');
    expect(orphan).toMatchObject({ complianceState: 'Unknown', statuses: [] });
    expect(orphan.errorMessage).toContain('microsoft.flux extension is not installed');
    await installFlux(client);
    await until(
      'cluster-config to be Compliant',
      async () => (await client.fluxConfigurations.get(RG, ...ARC, 'cluster-config')).complianceState === 'Compliant',
    );
  });
});

describe('request log', () => {
  it('records method, path, query, body and status, with protected settings redacted', async () => {
    sandbox = await fastSandbox();
    const client = sdkClient(sandbox);
    await client.extensions.beginCreateAndWait(
      RG,
      ...ARC,
      'flux',
      { extensionType: 'microsoft.flux', configurationProtectedSettings: { token: 's3cr3t' } },
      FAST,
    );
    const [put] = sandbox.requests;
    expect(put).toMatchObject({
      method: 'PUT',
      path: `${clusterPath()}/extensions/flux`,
      query: 'api-version=2023-05-01',
      status: 201,
      body: { properties: { extensionType: 'microsoft.flux', configurationProtectedSettings: { token: REDACTED } } },
    });
    expect(JSON.stringify(sandbox.requests)).not.toContain('s3cr3t');
  });
});

describe('seeds and cluster types', () => {
  it('starts with seeded configurations already Compliant on a provisionedClusters cluster', async () => {
    const hybrid: ClusterArgs = ['Microsoft.HybridContainerService', 'provisionedClusters', 'edge-1'];
    sandbox = await fastSandbox({
      seed: {
        clusters: [{ resourceGroup: 'edge-rg', name: 'edge-1', clusterType: 'provisionedClusters' }],
        extensions: [{ cluster: 'edge-1', version: '1.20.4', autoUpgradeMinorVersion: false }],
        fluxConfigurations: [{ cluster: 'edge-1', name: 'cluster-config', properties: { ...TUTORIAL_CONFIG } }],
      },
    });
    const client = sdkClient(sandbox);
    const config = await client.fluxConfigurations.get('edge-rg', ...hybrid, 'cluster-config');
    expect(config).toMatchObject({ provisioningState: 'Succeeded', complianceState: 'Compliant' });
    expect(config.statuses).toHaveLength(6);
    expect((await client.extensions.get('edge-rg', ...hybrid, 'flux')).currentVersion).toBe('1.20.4');
  });

  it('rejects a seed that refers to an unknown cluster', async () => {
    await expect(fastSandbox({ seed: { clusters: [], extensions: [{ cluster: 'ghost' }] } })).rejects.toThrow(
      /cluster 'ghost'/,
    );
    sandbox = await fastSandbox();
  });
});

describe('ARM details', () => {
  it('pages lists with nextLink, which the SDK follows', async () => {
    sandbox = await fastSandbox({ listPageSize: 2 });
    const client = sdkClient(sandbox);
    await installFlux(client);
    for (const name of ['a', 'b', 'c']) {
      await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, name, TUTORIAL_CONFIG, FAST);
    }
    const firstPage = await armRequest(sandbox, 'GET', `${clusterPath()}/fluxConfigurations`);
    expect(firstPage.body.value).toHaveLength(2);
    expect(firstPage.body.nextLink).toMatch(/\$skipToken=2$/);
    const names: string[] = [];
    for await (const config of client.fluxConfigurations.list(RG, ...ARC)) names.push(config.name ?? '');
    expect(names).toEqual(['a', 'b', 'c']);
  });

  it('shows Deleting while a DELETE runs and a Failed operation with ARM error details', async () => {
    sandbox = await fastSandbox({ operationDelayMs: 60 });
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    sandbox.faults.failNextOperation('FluxConfigurationDeletionFailed', 'finalizer stuck');
    const deleted = await armRequest(sandbox, 'DELETE', `${clusterPath()}/fluxConfigurations/cluster-config`);
    expect(deleted.status).toBe(202);
    expect(deleted.headers['x-ms-async-operation-timeout']).toBe('PT1H');
    expect((await client.fluxConfigurations.get(RG, ...ARC, 'cluster-config')).provisioningState).toBe('Deleting');
    const operation = await waitForOperation(sandbox, String(deleted.headers['azure-asyncoperation']));
    expect(operation.body).toMatchObject({
      status: 'Failed',
      startTime: expect.any(String),
      endTime: expect.any(String),
      error: {
        code: 'ResourceOperationFailure',
        details: [{ code: 'FluxConfigurationDeletionFailed', message: 'finalizer stuck' }],
      },
    });
    expect((await client.fluxConfigurations.get(RG, ...ARC, 'cluster-config')).provisioningState).toBe('Failed');
  });

  it('returns an SSH deploy key for an ssh URL without a private key, and keeps it across updates', async () => {
    sandbox = await fastSandbox();
    const client = sdkClient(sandbox);
    await installFlux(client);
    const body = {
      ...TUTORIAL_CONFIG,
      gitRepository: { url: 'ssh://git@github.com/contoso/private', repositoryRef: { branch: 'main' } },
    };
    const created = await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'private', body, FAST);
    expect(created.repositoryPublicKey).toMatch(/^ssh-ed25519 [A-Za-z0-9+/=]+$/);
    const updated = await client.fluxConfigurations.beginUpdateAndWait(RG, ...ARC, 'private', { suspend: true }, FAST);
    expect(updated.repositoryPublicKey).toBe(created.repositoryPublicKey);
  });

  it('refuses to change a configuration namespace after creation', async () => {
    sandbox = await fastSandbox();
    const client = sdkClient(sandbox);
    await installFlux(client);
    await client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST);
    await expect(
      client.fluxConfigurations.beginCreateOrUpdateAndWait(
        RG,
        ...ARC,
        'cluster-config',
        { ...TUTORIAL_CONFIG, namespace: 'other' },
        FAST,
      ),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("'namespace'") });
  });
});
