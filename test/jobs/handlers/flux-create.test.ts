import { afterEach, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { ArmOperationError } from '../../../src/azure/arm-operation-error.ts';
import { fluxConfigurationBody } from '../../../src/azure/bodies/index.ts';
import type { CommandOfKind } from '../../../src/commands/types.ts';
import { type Harness, jobFor, parsed, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';
import { until } from '../../support/until.ts';

describe('flux create', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('installs microsoft.flux when absent, creates the config and follows compliance to Compliant', async () => {
    h = await startHarness();
    const { reply, progress } = await h.run(TUTORIAL_CREATE);

    const extensionPuts = writes(h.sandbox, 'PUT', '/extensions/flux');
    expect(extensionPuts).toHaveLength(1);
    expect(extensionPuts[0]!.body).toMatchObject({
      identity: { type: 'SystemAssigned' },
      properties: { extensionType: 'microsoft.flux', autoUpgradeMinorVersion: true, releaseTrain: 'Stable' },
    });
    const configPuts = writes(h.sandbox, 'PUT', '/fluxConfigurations/cluster-config');
    expect(configPuts).toHaveLength(1);
    // The extension is installed before the configuration is sent.
    expect(h.sandbox.requests.indexOf(extensionPuts[0]!)).toBeLessThan(h.sandbox.requests.indexOf(configPuts[0]!));

    const texts = progress.map((p) => p.text ?? '');
    expect(
      texts.some((t) => /installing it as extension "flux": accepted by Azure, operation [0-9a-f-]{36}/.test(t)),
    ).toBe(true);
    expect(texts.some((t) => /Creating flux configuration cluster-config: accepted by Azure, operation/.test(t))).toBe(
      true,
    );
    expect(texts.some((t) => /operation [0-9a-f-]{36} Succeeded/.test(t))).toBe(true);
    expect(progress.every((p) => p.status === 'running')).toBe(true);

    expect(reply.status).toBe('succeeded');
    expect(reply.fields).toContainEqual({ label: 'Compliance', value: 'Compliant' });
    const objects = reply.tables?.find((t) => t.title === 'Objects');
    const names = objects?.rows.map((r) => `${r[0]} ${r[2]} ${r[3]}`) ?? [];
    for (const expected of [
      'Kustomization cluster-config-infra Compliant',
      'Kustomization cluster-config-apps Compliant',
      'HelmRelease nginx Compliant',
      'HelmRelease redis Compliant',
      'HelmRelease podinfo Compliant',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('sends exactly the PUT body that the body builder makes for the tutorial command', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    await h.run(TUTORIAL_CREATE);
    const put = writes(h.sandbox, 'PUT', '/fluxConfigurations/cluster-config');
    expect(put).toHaveLength(1);
    const expected = fluxConfigurationBody(parsed(TUTORIAL_CREATE) as CommandOfKind<'flux.create'>);
    expect(put[0]!.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(put[0]!.query).toBe('api-version=2023-05-01');
    // Already installed: no extension write at all.
    expect(writes(h.sandbox, 'PUT', '/extensions/')).toHaveLength(0);
  });

  it('refuses while microsoft.flux is installed but not Succeeded, and sends nothing', async () => {
    h = await startHarness({
      seed: { ...tutorialSeed(), extensions: [{ cluster: 'flux-demo-arc', provisioningState: 'Failed' }] },
    });
    const { reply } = await h.run(TUTORIAL_CREATE);
    expect(reply.status).toBe('failed');
    expect(reply.text).toContain(
      "'Microsoft.Flux' extension is installed but not in a succeeded state on the cluster (Failed)",
    );
    expect(writes(h.sandbox, 'PUT', '/')).toHaveLength(0);
  });

  it('refuses while microsoft.flux is still installing', async () => {
    h = await startHarness({ operationDelayMs: 1_500 });
    const install = h.run(
      'extension create -n flux --extension-type microsoft.flux -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
    );
    const { sandbox } = h;
    await until('the extension PUT', () => writes(sandbox, 'PUT', '/extensions/flux').length > 0);
    const { reply } = await h.run(TUTORIAL_CREATE);
    expect(reply.status).toBe('failed');
    expect(reply.text).toContain("'Microsoft.Flux' extension is currently installing on the cluster");
    expect(writes(h.sandbox, 'PUT', '/fluxConfigurations/')).toHaveLength(0);
    expect((await install).reply.status).toBe('succeeded');
  });

  it('fails with the operation error code, message and details when the install fails', async () => {
    h = await startHarness();
    h.sandbox.faults.failNextOperation(
      'ExtensionCreationFailed',
      'Helm install of flux failed: timed out waiting for the condition',
    );
    const failure = await h.run(TUTORIAL_CREATE).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ArmOperationError);
    const error = failure as ArmOperationError;
    expect(error.code).toBe('ResourceOperationFailure');
    expect(error.armDetails).toEqual([
      { code: 'ExtensionCreationFailed', message: 'Helm install of flux failed: timed out waiting for the condition' },
    ]);
    expect(writes(h.sandbox, 'PUT', '/fluxConfigurations/')).toHaveLength(0);
  });

  it('advises the rsa-sha2 host key setting for Azure DevOps SSH URLs', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    const { reply } = await h.run(
      'flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n ado -u git@ssh.dev.azure.com:v3/contoso/ops/cluster --branch main --kustomization name=apps path=./apps',
    );
    expect(replyText(reply)).toContain(
      'az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --config source-controller.ssh-host-key-args="--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256"',
    );
  });

  it('does not advise the host key setting for GitHub URLs', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    const { reply } = await h.run(TUTORIAL_CREATE);
    expect(replyText(reply)).not.toContain('ssh-host-key-args');
  });

  it('stops following compliance at the deadline and says it is still pending', async () => {
    h = await startHarness({
      reconcileMs: 10_000,
      seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }),
    });
    const started = Date.now();
    const { reply } = await h.run(TUTORIAL_CREATE, undefined, { complianceDeadlineMs: 400 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(reply.status).toBe('info');
    expect(reply.fields).toContainEqual({ label: 'Compliance', value: 'Pending' });
  });

  it('a retried job resumes the accepted PUT instead of sending it again', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    // First attempt: ARM accepts, then the status poll fails with a 500 (the job would be retried).
    h.sandbox.faults.serverErrorNext(1, 500, { method: 'GET', pathIncludes: '/operations/' });
    const job = jobFor(parsed(TUTORIAL_CREATE));
    await expect(h.run(TUTORIAL_CREATE, job)).rejects.toMatchObject({ statusCode: 500 });
    const second = await h.run(TUTORIAL_CREATE, job);
    expect(second.reply.status).toBe('succeeded');
    expect(
      second.progress.some((p) => /resuming operation .* \(accepted earlier; not sent again\)/.test(p.text ?? '')),
    ).toBe(true);
    expect(writes(h.sandbox, 'PUT', '/fluxConfigurations/')).toHaveLength(1);
  });
});
