import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerInput } from '../../../jobs/handler.ts';
import { clusterReconcile } from '../../../jobs/handlers/cluster-reconcile.ts';
import { ClusterAccess } from '../../../src/cluster/access/cluster-access.ts';
import { exactRoutesOnly } from '../../../src/cluster/access/cluster-port.ts';
import { inClusterSource } from '../../../src/cluster/access/in-cluster-source.ts';
import { ClusterUnreachableError } from '../../../src/cluster/access/kube-errors.ts';
import { kubeconfigFileSource, parseContextMap } from '../../../src/cluster/access/kubeconfig-file-source.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { base } from '../../support/handlers/cluster-context.ts';

/**
 * A binding limited to a `--scope` is checked against the ARM id the command typed; the cluster's API
 * must then be reached by a route that names the same resource group. A name-only KUBE_CONTEXTS entry
 * (or KUBE_IN_CLUSTER=name) would reach any cluster of that name, so it is not used for such commands.
 */
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster: {server: 'https://prod-aks.invalid:443'}
- name: dev
  cluster: {server: 'https://dev-aks.invalid:443'}
users:
- name: someone
  user: {token: not-a-secret}
contexts:
- name: prod-admin
  context: {cluster: prod, user: someone}
- name: dev-admin
  context: {cluster: dev, user: someone}
current-context: prod-admin
`;
const aks = (resourceGroup: string, clusterName: string): ClusterTarget => ({
  resourceGroup,
  clusterName,
  clusterType: 'managedClusters',
  clusterRp: 'Microsoft.ContainerService',
});

describe('exact routes', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fluxops-kubeconfig-'));
    path = join(dir, 'config');
    await writeFile(path, KUBECONFIG);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const source = () => kubeconfigFileSource(path, parseContextMap('prod-aks=prod-admin,dev-rg/dev-aks=dev-admin'));

  it('a name-only KUBE_CONTEXTS entry serves any resource group, but no exact route', async () => {
    const typed = aks('dev-rg', 'prod-aks');
    expect((await source().resolve(typed))?.getCurrentContext()).toBe('prod-admin');
    expect(await source().resolve(typed, { exact: true })).toBeUndefined();
    expect((await source().resolve(aks('DEV-rg', 'dev-aks'), { exact: true }))?.getCurrentContext()).toBe('dev-admin');
    expect(await source().resolve(aks('prod-rg', 'dev-aks'))).toBeUndefined();
  });

  it('KUBE_IN_CLUSTER=name is no exact route; resourceGroup/name is, for that group only', async () => {
    const missingToken = join(dir, 'no-token');
    const byName = inClusterSource('prod-aks', missingToken);
    expect(await byName.resolve(aks('dev-rg', 'prod-aks'), { exact: true })).toBeUndefined();
    // Matched (then refused for not running in a pod): the route was taken.
    await expect(byName.resolve(aks('dev-rg', 'prod-aks'))).rejects.toThrow('not running in a Kubernetes pod');
    const byGroup = inClusterSource('prod-rg/prod-aks', missingToken);
    expect(await byGroup.resolve(aks('dev-rg', 'prod-aks'))).toBeUndefined();
    await expect(byGroup.resolve(aks('prod-rg', 'prod-aks'), { exact: true })).rejects.toThrow('not running');
  });

  it('ClusterAccess says which route is missing, and a scoped reconcile is refused in the reader’s language', async () => {
    const access = new ClusterAccess([source()]);
    const error = await access.connect(aks('dev-rg', 'prod-aks'), { exact: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterUnreachableError);
    expect(error).toMatchObject({ exact: true, target: { resourceGroup: 'dev-rg' } });

    const command = {
      ...base,
      kind: 'reconcile' as const,
      display: 'reconcile apps',
      name: 'apps',
      withSource: false,
      target: aks('dev-rg', 'prod-aks'),
    };
    const input = {
      command,
      data: { locale: 'ja-JP', scopedAccess: true },
      // What the command worker gives a job with scopedAccess (test/jobs/command-worker-exact-routes.test.ts).
      cluster: exactRoutesOnly(access),
      settings: { complianceDeadlineMs: 5000 },
      progress: async () => {},
    } as unknown as HandlerInput<typeof command>;
    const refused = await clusterReconcile(input).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnrecoverableError);
    expect((refused as Error).message).toBe(
      'ここでのロールはスコープ付きのバインドによるもので、fluxops にはリソース グループ dev-rg を指定した prod-aks への経路がありません (名前だけの経路では同じ名前のどのクラスターにも届いてしまいます)。管理者は KUBE_CONTEXTS に dev-rg/prod-aks=<context> を追加するか、fluxops に AKS のユーザー資格情報を使わせることができます。',
    );
  });
});
