// The seed's two guard rails, against the stand-in's clusters in flux-guardrails-rg: an AKS cluster built
// with a service principal and an OpenShift Arc cluster each get theirs before anything is installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

const SPN = '-g flux-guardrails-rg -c flux-demo-spn-aks -t managedClusters';
const OPENSHIFT = '-g flux-guardrails-rg -c flux-demo-openshift -t connectedClusters';
const CREATE =
  'flux create -n cluster-config -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=infra path=./infrastructure';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('guard rails before microsoft.flux is installed', () => {
  it('refuses an AKS cluster built with a service principal, naming the az aks update that fixes it', async () => {
    for (const text of [`extension create -n flux --extension-type microsoft.flux ${SPN}`, `${CREATE} ${SPN}`]) {
      const run = await harness.run(text);
      expect(run.reply.status, text).toBe('failed');
      expect(replyText(run.reply)).toContain(
        'az aks update -g flux-guardrails-rg -n flux-demo-spn-aks --enable-managed-identity',
      );
    }
    expect(writes(harness.sandbox, 'PUT', '/flux-demo-spn-aks/')).toHaveLength(0);
  });

  it('gives an OpenShift cluster the six oc lines first, and installs once --yes says they ran', async () => {
    const refused = await harness.run(`${CREATE} ${OPENSHIFT}`);
    expect(refused.reply.status).toBe('failed');
    const text = replyText(refused.reply);
    for (const controller of [
      'kustomize-controller',
      'helm-controller',
      'source-controller',
      'notification-controller',
      'image-automation-controller',
      'image-reflector-controller',
    ]) {
      expect(text).toContain(`oc adm policy add-scc-to-user nonroot system:serviceaccount:flux-system:${controller}`);
    }
    expect(writes(harness.sandbox, 'PUT', '/flux-demo-openshift/')).toHaveLength(0);

    const confirmed = await harness.run(`extension create -n flux --extension-type microsoft.flux ${OPENSHIFT} --yes`);
    expect(confirmed.reply.status, replyText(confirmed.reply)).toBe('succeeded');
    expect(
      writes(
        harness.sandbox,
        'PUT',
        '/flux-demo-openshift/providers/Microsoft.KubernetesConfiguration/extensions/flux',
      ),
    ).toHaveLength(1);
  });

  it('lets the tutorial clusters through untouched', async () => {
    const run = await harness.run(
      'extension create -n flux --extension-type microsoft.flux -g flux-demo-rg -c flux-demo-aks -t managedClusters',
    );
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
  });
});
