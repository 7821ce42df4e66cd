// Case 4 of the real-Azure run: a 404 is told apart by level (resource group, cluster, the configuration or
// extension itself) by reading the parents, against the stand-in, which answers each level as ARM does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  await harness.run(TUTORIAL_CREATE);
});
afterAll(async () => {
  await harness?.close();
});

describe('a 404 told apart by level', () => {
  it('a configuration typo says the configuration is missing', async () => {
    await expect(harness.run(`flux show -n cluster-confg ${ARC}`)).rejects.toThrow(
      'No flux configuration named "cluster-confg" on flux-demo-arc (connectedClusters, resource group flux-demo-rg).',
    );
  });

  it('a cluster typo names the cluster, the nearest name and the clusters in the group — and deletes nothing', async () => {
    const deletesBefore = writes(harness.sandbox, 'DELETE', '/fluxConfigurations/').length;
    const typo = harness.run(
      'flux delete -n cluster-config -g flux-demo-rg -c flux-demo-arcc -t connectedClusters --yes',
    );
    await expect(typo).rejects.toThrow(
      'There is no connectedClusters cluster named "flux-demo-arcc" in resource group flux-demo-rg. Did you mean flux-demo-arc (`-g flux-demo-rg -c flux-demo-arc -t connectedClusters`)?',
    );
    await expect(typo).rejects.toThrow(
      'Clusters in flux-demo-rg: flux-demo-arc (connectedClusters), flux-demo-aks (managedClusters).',
    );
    expect(writes(harness.sandbox, 'DELETE', '/fluxConfigurations/').length).toBe(deletesBefore);
  });

  it('a wrong -t names the type under which a cluster of that name exists', async () => {
    await expect(harness.run('flux list -g flux-demo-rg -c flux-demo-aks -t connectedClusters')).rejects.toThrow(
      'There is no connectedClusters cluster named "flux-demo-aks" in resource group flux-demo-rg. There is a managedClusters cluster of that name: use -t managedClusters (`-g flux-demo-rg -c flux-demo-aks -t managedClusters`).',
    );
  });

  it('a resource group typo says the group is missing', async () => {
    await expect(
      harness.run('flux update -n cluster-config -g flux-demo-rgg -c flux-demo-arc -t connectedClusters --suspend'),
    ).rejects.toThrow('Resource group "flux-demo-rgg" does not exist in subscription');
  });

  it('extension commands and flux create tell the levels apart too', async () => {
    await expect(
      harness.run('extension show -n flux -g flux-demo-rg -c flux-demo-ark -t connectedClusters'),
    ).rejects.toThrow('Did you mean flux-demo-arc');
    await expect(harness.run(`extension show -n fluxx ${ARC}`)).rejects.toThrow('Extension "fluxx" is not installed');
    const create = TUTORIAL_CREATE.replace('-t connectedClusters', '-t managedClusters').replace(
      '-c flux-demo-arc',
      '-c flux-demo-arc',
    );
    await expect(harness.run(create)).rejects.toThrow('There is a connectedClusters cluster of that name');
    expect(writes(harness.sandbox, 'PUT', '/managedClusters/flux-demo-arc/').length).toBe(0);
    const deleted = await harness.run(`flux delete -n nope ${ARC} --yes`);
    expect(replyText(deleted.reply)).toContain('No flux configuration named "nope"');
  });
});
