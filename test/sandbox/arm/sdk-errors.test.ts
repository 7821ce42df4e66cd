// Error paths through the real SDK: ARM's error shape, 400/404/409, throttling, 5xx and failed operations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import { armRequest, waitForOperation } from '../../support/sandbox/arm-request.ts';
import {
  AKS,
  ARC,
  clusterPath,
  FAST,
  fastSandbox,
  installFlux,
  RG,
  sdkClient,
  TUTORIAL_CONFIG,
} from '../../support/sandbox/arm-sandbox.ts';

let sandbox: ArmSandbox;
beforeEach(async () => {
  sandbox = await fastSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

describe('404', () => {
  it('names an unknown cluster the way ARM does', async () => {
    const client = sdkClient(sandbox);
    await expect(
      client.fluxConfigurations.get(RG, 'Microsoft.Kubernetes', 'connectedClusters', 'x', 'cluster-config'),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
      message: expect.stringContaining(
        "The Resource 'Microsoft.Kubernetes/connectedClusters/x' under resource group 'flux-demo-rg' was not found.",
      ),
    });
  });

  it('treats the wrong cluster type as an unknown cluster', async () => {
    const client = sdkClient(sandbox);
    await expect(
      client.extensions.get(RG, 'Microsoft.ContainerService', 'managedClusters', 'flux-demo-arc', 'flux'),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  });

  it('answers each missing level as the service does: ARM’s bodies for a group or cluster, none for a child', async () => {
    const client = sdkClient(sandbox);
    await expect(client.extensions.get('other-rg', ...ARC, 'flux')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceGroupNotFound',
    });
    await expect(
      client.extensions.get(RG, 'Microsoft.Kubernetes', 'connectedClusters', 'flux-demo-akss', 'flux'),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
      message: expect.stringContaining("'Microsoft.Kubernetes/connectedClusters/flux-demo-akss' under resource group"),
    });
    const child = await armRequest(sandbox, 'GET', `${clusterPath()}/fluxConfigurations/nope`);
    expect(child.status).toBe(404);
    expect(child.body).toBeUndefined();
    await expect(client.fluxConfigurations.get(RG, ...ARC, 'nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(client.fluxConfigurations.get(RG, ...ARC, 'nope')).rejects.not.toMatchObject({
      code: 'ResourceNotFound',
    });
  });

  it('answers the parents a client reads to tell the levels apart, at their providers’ api-versions', async () => {
    const group = `/subscriptions/${sandbox.world.clusters()[0]?.subscriptionId}/resourceGroups/${RG}`;
    expect((await armRequest(sandbox, 'GET', `${group}?api-version=2021-04-01`)).body).toMatchObject({ name: RG });
    const resources = await armRequest(sandbox, 'GET', `${group}/resources?api-version=2021-04-01`);
    expect(resources.body.value.map((r: { name: string; type: string }) => `${r.name} ${r.type}`)).toContain(
      'flux-demo-aks Microsoft.ContainerService/managedClusters',
    );
    const aks = await armRequest(
      sandbox,
      'GET',
      `${group}/providers/Microsoft.ContainerService/managedClusters/flux-demo-aks?api-version=2024-09-01`,
    );
    expect(aks.body.properties.servicePrincipalProfile.clientId).toBe('msi');
    const wrongApi = await armRequest(
      sandbox,
      'GET',
      `${group}/providers/Microsoft.ContainerService/managedClusters/flux-demo-aks?api-version=2023-05-01`,
    );
    expect(wrongApi).toMatchObject({ status: 400, body: { error: { code: 'NoRegisteredProviderFound' } } });
    const missingGroup = await armRequest(sandbox, 'GET', `${group}x?api-version=2021-04-01`);
    expect(missingGroup).toMatchObject({ status: 404, body: { error: { code: 'ResourceGroupNotFound' } } });
  });

  it('answers DELETE of something absent with 204', async () => {
    const response = await armRequest(sandbox, 'DELETE', `${clusterPath()}/fluxConfigurations/nope`);
    expect(response.status).toBe(204);
  });
});

describe('400', () => {
  it('rejects a configuration before microsoft.flux is installed', async () => {
    const client = sdkClient(sandbox);
    await expect(
      client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...ARC, 'cluster-config', TUTORIAL_CONFIG, FAST),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message: expect.stringContaining("The 'microsoft.flux' extension is not installed"),
    });
  });

  it('lists every problem of an invalid body in details', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    const response = await armRequest(sandbox, 'PUT', `${clusterPath()}/fluxConfigurations/cluster-config`, {
      properties: {
        namespace: 'Bad_NS',
        gitRepository: { url: 'ftp://example.com/repo' },
        kustomizations: { apps: { prune: 'true', dependsOn: ['infra'] } },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('InvalidRequestContent');
    expect(response.body.error.details.map((detail: { target: string }) => detail.target).sort()).toEqual(
      [
        'properties.namespace',
        'properties.gitRepository.url',
        'properties.gitRepository.repositoryRef',
        "properties.kustomizations['apps'].prune",
        "properties.kustomizations['apps'].dependsOn",
      ].sort(),
    );
    expect(sandbox.world.fluxConfigurations()).toEqual([]);
  });

  it('rejects unparsable JSON and a missing api-version', async () => {
    const broken = await armRequest(sandbox, 'PUT', `${clusterPath()}/extensions/flux`, '{"properties": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('InvalidRequestContent');
    const noVersion = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions?x=1&api-version=`);
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.code).toBe('MissingApiVersionParameter');
  });

  it('rejects requests without a bearer token with 401', async () => {
    const response = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions`, undefined, {});
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('AuthenticationFailed');
  });
});

describe('409', () => {
  it('refuses a second write while an operation on the resource runs', async () => {
    await sandbox.close();
    sandbox = await fastSandbox({ operationDelayMs: 300 });
    const client = sdkClient(sandbox);
    const poller = await client.extensions.beginCreate(RG, ...ARC, 'flux', { extensionType: 'microsoft.flux' }, FAST);
    await expect(
      client.extensions.beginUpdateAndWait(RG, ...ARC, 'flux', { releaseTrain: 'Preview' }, FAST),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'AnotherOperationInProgress',
    });
    await expect(client.extensions.beginDeleteAndWait(RG, ...ARC, 'flux', FAST)).rejects.toMatchObject({
      statusCode: 409,
    });
    expect((await poller.pollUntilDone()).provisioningState).toBe('Succeeded');
  });
});

describe('faults', () => {
  it('throttles with 429 and Retry-After; the SDK retries after it', async () => {
    sandbox.faults.throttleNext(1, 2);
    const throttled = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('2');
    expect(throttled.body.error.code).toBe('SubscriptionRequestsThrottled');

    sandbox.faults.throttleNext(2, 0);
    const client = sdkClient(sandbox);
    const names: string[] = [];
    for await (const extension of client.extensions.list(RG, ...ARC)) names.push(extension.name ?? '');
    expect(names).toEqual([]);
    expect(sandbox.requests.slice(1).map((request) => request.status)).toEqual([429, 429, 200]);
  });

  it('answers 5xx, which surfaces once retries are exhausted', async () => {
    sandbox.faults.serverErrorNext(1, 503, { method: 'GET' });
    const client = sdkClient(sandbox, 0);
    await expect(client.extensions.get(RG, ...ARC, 'flux')).rejects.toMatchObject({
      statusCode: 503,
      code: 'ServiceUnavailable',
    });
    expect(sandbox.faults.pending().requests).toBe(0);
  });

  it('fails the next operation: the poller rejects and the extension is Failed', async () => {
    sandbox.faults.failNextOperation(
      'ExtensionCreationFailed',
      'Helm install failed: timed out waiting for the condition',
    );
    const client = sdkClient(sandbox);
    await expect(
      client.extensions.beginCreateAndWait(RG, ...AKS, 'flux', { extensionType: 'microsoft.flux' }, FAST),
      // The SDK's poller turns a Failed operation into a plain Error carrying the code in its message.
    ).rejects.toThrow(/ResourceOperationFailure.*terminal provisioning state 'Failed'/);
    const extension = await client.extensions.get(RG, ...AKS, 'flux');
    expect(extension.provisioningState).toBe('Failed');
    expect(extension.errorInfo).toMatchObject({ code: 'ExtensionCreationFailed' });
    await expect(
      client.fluxConfigurations.beginCreateOrUpdateAndWait(RG, ...AKS, 'c', TUTORIAL_CONFIG, FAST),
    ).rejects.toMatchObject({
      code: 'BadRequest',
      message: expect.stringContaining("in provisioning state 'Failed'"),
    });
  });
});

describe('accepts what the spec accepts', () => {
  it('takes any configurationSettings key: version gates are the client’s job, as ARM takes any key', async () => {
    await sandbox.close();
    sandbox = await fastSandbox({ seed: tutorialSeed({ installedFlux: { 'flux-demo-aks': '1.6.1' } }) });
    const client = sdkClient(sandbox);
    const patched = await armRequest(sandbox, 'PATCH', `${clusterPath(AKS)}/extensions/flux`, {
      properties: { configurationSettings: { 'helm-controller.detectDrift': 'true', 'made-up.key': 'x' } },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(202);
    await waitForOperation(sandbox, String(patched.headers['azure-asyncoperation']));
    expect((await client.extensions.get(RG, ...AKS, 'flux')).configurationSettings).toMatchObject({
      'helm-controller.detectDrift': 'true',
      'made-up.key': 'x',
    });
  });

  it('takes a namespace with a dot and retryIntervalInSeconds 0', async () => {
    const client = sdkClient(sandbox);
    await installFlux(client);
    const created = await armRequest(sandbox, 'PUT', `${clusterPath()}/fluxConfigurations/dotted`, {
      properties: {
        ...TUTORIAL_CONFIG,
        namespace: 'team.a',
        kustomizations: { apps: { path: './apps', retryIntervalInSeconds: 0 } },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.properties).toMatchObject({
      namespace: 'team.a',
      kustomizations: { apps: { retryIntervalInSeconds: 0 } },
    });
  });

  it('serves the other published api-versions and refuses unknown ones with ARM’s code', async () => {
    for (const apiVersion of ['2022-03-01', '2022-11-01', '2024-11-01']) {
      const listed = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions?api-version=${apiVersion}`);
      expect(listed.status, apiVersion).toBe(200);
    }
    const unknown = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions?api-version=2019-01-01`);
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'NoRegisteredProviderFound' } } });
  });

  it('still refuses what the spec refuses: a pinned version with auto-upgrade on', async () => {
    const client = sdkClient(sandbox);
    await expect(
      client.extensions.beginCreateAndWait(
        RG,
        ...ARC,
        'flux',
        { extensionType: 'microsoft.flux', version: '1.24.1' },
        FAST,
      ),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('autoUpgradeMinorVersion') });
    expect(sandbox.world.extensions()).toEqual([]);
  });
});
