import { expect } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../console/console-client.ts';

const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
/** The tutorial's create command, pasted with its \ continuations. */
const CREATE = `az k8s-configuration flux create -g flux-demo-rg \\
-c flux-demo-arc \\
-n cluster-config \\
--namespace cluster-config \\
-t connectedClusters \\
--scope cluster \\
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt \\
--branch main  \\
--kustomization name=infra path=./infrastructure prune=true \\
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;

/**
 * Microsoft's tutorial ("Deploy applications using GitOps with Flux v2"), end to end from the console
 * chat against a running app in sandbox mode: create (installs the extension), show, the extension
 * settings it describes, delete after confirmation, and the extension delete that must wait for it.
 * Shared by the tutorial test and the Redis topology tests, which run it unchanged.
 */
export async function runTutorialTour(app: Fluxops): Promise<void> {
  const created = await chat(app.url!, CREATE);
  const statuses = created.map((l) => l.reply.status);
  expect(statuses[0]).toBe('queued');
  expect(statuses.at(-1), JSON.stringify(created.map((l) => [l.key, l.final, l.reply.status, l.reply.text]))).toBe(
    'succeeded',
  );
  // Progress updates to one message coalesce (the newest wins), so only the final reply's steps are
  // certain to be seen: each step's line ends in its last state there.
  const final = lastReply(created);
  expect(final.text).toMatch(/installing it as extension "flux": operation [0-9a-f-]{36} Succeeded\./);
  expect(final.text).toContain('Compliance: Pending');
  expect(final.fields).toContainEqual({ label: 'Compliance', value: 'Compliant' });
  const rendered = renderText(final);
  for (const name of ['cluster-config-infra', 'cluster-config-apps', 'nginx', 'redis', 'podinfo'])
    expect(rendered).toContain(name);

  const shown = lastReply(await chat(app.url!, `az k8s-configuration flux show ${ARC} -n cluster-config`));
  expect(shown.fields).toContainEqual({ label: 'Compliance', value: 'Compliant' });
  expect(shown.fields).toContainEqual({
    label: 'Source',
    value: 'GitRepository https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
  });
  expect(shown.tables?.find((t) => t.title === 'Kustomizations')?.rows).toEqual([
    ['infra', './infrastructure', '-', 'true', '10m'],
    ['apps', './apps/staging', 'infra', 'true', '10m'],
  ]);

  const steps: [string, string[]][] = [
    [
      `controllers enable image-automation-controller image-reflector-controller ${ARC}`,
      ['image-automation-controller.enabled', 'false (default)', 'true'],
    ],
    [
      `az k8s-extension update ${ARC} -n flux --config helm-controller.detectDrift=true`,
      ['helm-controller.detectDrift', 'false (default)', 'true'],
    ],
    [
      `oomwatch on threshold=70 interval=700ms ${ARC}`,
      ['helm-controller.outOfMemoryWatch.memoryThreshold', '95 (default)', '70'],
    ],
    [
      `loglevel source-controller=error kustomize-controller=error ${ARC}`,
      ['source-controller.log-level', 'info (default)', 'error'],
    ],
    [
      `resources source-controller limits.memory=2Gi requests.memory=300Mi ${ARC}`,
      ['source-controller.resources.limits.memory', '1Gi (default)', '2Gi'],
    ],
    [
      `scale kustomize concurrent=6 requeue-dependency=50s ${ARC}`,
      ['kustomize-controller.concurrent', '(not set)', '6'],
    ],
    [`strict-substitution on ${ARC}`, ['kustomize-controller.strict-substitution-mode', 'false (default)', 'true']],
  ];
  for (const [text, change] of steps) {
    const reply = lastReply(await chat(app.url!, text));
    expect(reply.status, text).toBe('succeeded');
    // One before → after rendering: the Changes table (SETTING, BEFORE, AFTER).
    expect(reply.tables?.[0]?.rows, text).toContainEqual(change);
    expect(reply.text, text).not.toContain(change[0]);
  }

  // --yes is accepted as in az but still asks; confirming is refused while configurations exist.
  const askedFirst = await chat(app.url!, `az k8s-extension delete ${ARC} -n flux --yes`);
  expect(askedFirst[0]?.reply.status).toBe('confirm');
  const refused = lastReply(await decideIn(app.url!, askedFirst[0]!.token!, 'confirm'));
  expect(refused.status).toBe('failed');
  expect(refused.tables?.[0]?.rows.map((r) => r[0])).toEqual(['cluster-config']);

  const asked = await chat(app.url!, `az k8s-configuration flux delete ${ARC} -n cluster-config`);
  expect(asked[0]?.reply.status).toBe('confirm');
  const deleted = lastReply(await decideIn(app.url!, asked[0]!.token!, 'confirm'));
  expect(deleted.status).toBe('succeeded');
  expect(deleted.tables?.[0]?.rows.map((r) => r[2])).toEqual(['nginx', 'redis', 'podinfo']);
  const listed = lastReply(await chat(app.url!, `flux list ${ARC}`));
  expect(listed.status).toBe('succeeded');
  expect(listed.tables).toBeUndefined();

  const extensionAsked = await chat(app.url!, `az k8s-extension delete ${ARC} -n flux`);
  const extensionDeleted =
    extensionAsked[0]?.reply.status === 'confirm'
      ? lastReply(await decideIn(app.url!, extensionAsked[0]!.token!, 'confirm'))
      : lastReply(extensionAsked);
  expect(extensionDeleted.status).toBe('succeeded');
  expect(app.sandbox!.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
}
