import { afterEach, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { AKS, ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

const LATEST = { 'flux-demo-arc': '1.24.1' };

describe('extension handlers', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each([
    [
      'loglevel source-controller=error kustomize-controller=error',
      [
        ['source-controller.log-level', 'info (default)', 'error'],
        ['kustomize-controller.log-level', 'info (default)', 'error'],
      ],
    ],
    [
      'controllers enable image-automation-controller image-reflector-controller',
      [
        ['image-automation-controller.enabled', 'false (default)', 'true'],
        ['image-reflector-controller.enabled', 'false (default)', 'true'],
      ],
    ],
    ['drift on', [['helm-controller.detectDrift', 'false (default)', 'true']]],
    [
      'oomwatch on threshold=70 interval=700ms',
      [
        ['helm-controller.outOfMemoryWatch.enabled', 'false (default)', 'true'],
        ['helm-controller.outOfMemoryWatch.memoryThreshold', '95 (default)', '70'],
        ['helm-controller.outOfMemoryWatch.interval', '500ms (default)', '700ms'],
      ],
    ],
    [
      'resources source-controller limits.memory=2Gi requests.memory=300Mi',
      [
        ['source-controller.resources.limits.memory', '1Gi (default)', '2Gi'],
        ['source-controller.resources.requests.memory', '64Mi (default)', '300Mi'],
      ],
    ],
    [
      'scale kustomize concurrent=6 requeue-dependency=50s',
      [
        ['kustomize-controller.concurrent', '(not set)', '6'],
        ['kustomize-controller.requeue-dependency', '(not set)', '50s'],
      ],
    ],
    ['strict-substitution on', [['kustomize-controller.strict-substitution-mode', 'false (default)', 'true']]],
  ])('%s PATCHes only its keys and reports before → after', async (shortForm, expected) => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    const { reply } = await h.run(`${shortForm} ${ARC}`);
    expect(reply.status).toBe('succeeded');
    const changes = reply.tables?.[0]?.rows ?? [];
    expect([...changes].sort()).toEqual([...expected].sort());
    const patches = writes(h.sandbox, 'PATCH', '/extensions/flux');
    expect(patches).toHaveLength(1);
    const sent = (patches[0]!.body as { properties: { configurationSettings: Record<string, string> } }).properties;
    expect(Object.keys(sent.configurationSettings)).toHaveLength(expected.length);
  });

  it('reports the real previous value on a second change (read from the extension, not assumed)', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    await h.run(`loglevel source-controller=error ${ARC}`);
    const { reply } = await h.run(`loglevel source-controller=debug ${ARC}`);
    const row = reply.tables?.[0]?.rows.find((r) => r[0] === 'source-controller.log-level');
    expect(row).toEqual(['source-controller.log-level', 'error', 'debug']);
  });

  it('refuses a key the installed version is too old for, naming the minimum version and the upgrade command', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.8.0' } }) });
    const { reply } = await h.run(`strict-substitution on ${ARC}`);
    expect(reply.status).toBe('failed');
    expect(reply.tables?.[0]?.rows).toEqual([['kustomize-controller.strict-substitution-mode', '1.13.1', '1.8.0']]);
    expect(reply.fields?.map((f) => f.value)).toEqual([
      'az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --version 1.13.1 --auto-upgrade-minor-version false',
    ]);
    expect(writes(h.sandbox, 'PATCH', '/extensions/')).toHaveLength(0);
  });

  it('gates every key and names the highest version needed', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.7.5' } }) });
    const { reply } = await h.run(`loglevel source-controller=error fluxconfig-agent=error ${ARC}`);
    expect(reply.status).toBe('failed');
    const rows = reply.tables?.[0]?.rows;
    expect(rows).toEqual([
      ['source-controller.log-level', '1.8.3', '1.7.5'],
      ['fluxconfig-agent.log-level', '1.9.1', '1.7.5'],
    ]);
    expect(reply.fields?.map((f) => f.value)).toEqual([
      'az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --version 1.9.1 --auto-upgrade-minor-version false',
    ]);
  });

  it('gates workload identity by cluster type (AKS 1.7.8, Arc 1.15.1)', async () => {
    h = await startHarness({
      seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.12.0', 'flux-demo-aks': '1.12.0' } }),
    });
    const aks = await h.run(`extension update -n flux --config workloadIdentity.enable=true ${AKS}`);
    expect(aks.reply.status).toBe('succeeded');
    const arc = await h.run(`extension update -n flux --config workloadIdentity.enable=true ${ARC}`);
    expect(arc.reply.status).toBe('failed');
    expect(arc.reply.tables?.[0]?.rows).toEqual([['workloadIdentity.enable', '1.15.1', '1.12.0']]);
  });

  it('lets a key through when the same command upgrades to a version that knows it', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.8.0' } }) });
    const { reply } = await h.run(
      `extension update -n flux --version 1.13.1 --auto-upgrade-minor-version false --config kustomize-controller.strict-substitution-mode=true ${ARC}`,
    );
    expect(reply.status).toBe('succeeded');
    expect(reply.tables?.[0]?.rows).toContainEqual(['version', '1.8.0', '1.13.1']);
  });

  it('warns when the extension is outside the N-2 window and auto-upgrade is off', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.20.1' } }) });
    const { reply } = await h.run(`extension show -n flux ${ARC}`);
    expect(reply.fields?.map((f) => f.value)).toEqual(expect.arrayContaining(['1.20.1', 'false']));
    // Two warnings, each ending with the command that fixes it: upgrade into the window, turn auto-upgrade on.
    const warnings = (reply.text ?? '').split('\n').filter((line) => line.startsWith('⚠'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      / az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --version 1\.24\.1 --auto-upgrade-minor-version false$/,
    );
    expect(warnings[1]).toMatch(
      / az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --auto-upgrade-minor-version true$/,
    );
  });

  it('does not warn for the newest version with auto-upgrade on', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    const { reply } = await h.run(`extension show -n flux ${ARC}`);
    expect(replyText(reply)).not.toContain('⚠');
  });

  it('extension create installs with the tutorial image controllers and lists them', async () => {
    h = await startHarness();
    const { reply } = await h.run(
      `extension create -n flux --extension-type microsoft.flux --config image-automation-controller.enabled=true image-reflector-controller.enabled=true ${ARC}`,
    );
    expect(reply.status).toBe('succeeded');
    expect(reply.tables?.[0]?.rows).toContainEqual(['image-reflector-controller.enabled', 'true']);
    expect(writes(h.sandbox, 'PUT', '/extensions/flux')).toHaveLength(1);
    const list = await h.run(`extension list ${ARC}`);
    expect(list.reply.tables?.[0]?.rows.map((row) => row[0])).toEqual(['flux']);
  });

  it('extension create refuses settings a pinned version is too old for', async () => {
    h = await startHarness();
    const { reply } = await h.run(
      `extension create -n flux --extension-type microsoft.flux --version 1.7.0 --auto-upgrade-minor-version false --config helm-controller.detectDrift=true ${ARC}`,
    );
    expect(reply.status).toBe('failed');
    expect(reply.tables?.[0]?.rows).toEqual([['helm-controller.detectDrift', '1.7.5', '1.7.0']]);
    expect(writes(h.sandbox, 'PUT', '/extensions/')).toHaveLength(0);
  });

  it('extension delete is refused while a flux configuration exists, offering its delete, and works after', async () => {
    h = await startHarness();
    await h.run(TUTORIAL_CREATE);
    const refused = await h.run(`extension delete -n flux ${ARC}`);
    expect(refused.reply.status).toBe('failed');
    expect(refused.reply.tables?.[0]?.rows.map((row) => row[0])).toEqual(['cluster-config']);
    expect(refused.reply.actions?.[0]?.command).toBe(
      'flux delete -n cluster-config -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
    );
    expect(writes(h.sandbox, 'DELETE', '/extensions/')).toHaveLength(0);

    await h.run(`flux delete -n cluster-config ${ARC}`);
    const deleted = await h.run(`extension delete -n flux ${ARC}`);
    expect(deleted.reply.status).toBe('succeeded');
    expect(writes(h.sandbox, 'DELETE', '/extensions/flux')).toHaveLength(1);
    const after = await h.run(`extension list ${ARC}`);
    expect(after.reply.status).toBe('succeeded');
    expect(after.reply.tables).toBeUndefined();
  });

  it('extension delete of an extension that is not there says so and sends nothing', async () => {
    h = await startHarness();
    const { reply } = await h.run(`extension delete -n flux ${ARC}`);
    expect(reply.status).toBe('info');
    expect(reply.text).toContain('not installed');
    expect(writes(h.sandbox, 'DELETE', '/')).toHaveLength(0);
  });
});
