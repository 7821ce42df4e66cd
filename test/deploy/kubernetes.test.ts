import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, ServiceAccount } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * Every overlay of deploy/kubernetes rendered with `kubectl kustomize`, each object validated
 * against the Kubernetes schema (kubernetes-models), and the promises the README makes about the
 * pods checked on what actually renders.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OVERLAYS = ['production', 'dev', 'sandbox-demo'] as const;

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };

/** The models this tree uses, by apiVersion/kind; an object of another type fails the test. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

function render(overlay: string): Manifest[] {
  const out = execFileSync('kubectl', ['kustomize', resolve(ROOT, 'deploy/kubernetes/overlays', overlay)], {
    encoding: 'utf8',
  });
  return parseAllDocuments(out).map((doc) => doc.toJS() as Manifest);
}

const byKind = (objects: Manifest[], kind: string) => objects.filter((o) => o.kind === kind);
type Container = {
  env?: { name: string; value?: string }[];
  securityContext?: Record<string, unknown>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  livenessProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
};
type PodSpec = {
  serviceAccountName?: string;
  securityContext?: Record<string, unknown>;
  topologySpreadConstraints?: unknown[];
  containers: Container[];
};
const podOf = (d: Manifest) =>
  (d.spec as { template: { metadata: { labels: Record<string, string> }; spec: PodSpec } }).template;

describe.each(OVERLAYS)('deploy/kubernetes/overlays/%s', (overlay) => {
  const objects = render(overlay);

  it('renders objects that are valid against the Kubernetes schema', () => {
    expect(objects.length).toBeGreaterThan(5);
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect(Model, `${object.apiVersion}/${object.kind} ${object.metadata.name}`).toBeDefined();
      expect(() => new (Model as new (data: Manifest) => { validate(): void })(object).validate()).not.toThrow();
    }
  });

  it('runs fluxops pods non-root on a read-only root, with probes, requests and limits', () => {
    const fluxops = byKind(objects, 'Deployment').filter(
      (d) => d.metadata.name.startsWith('fluxops-') && d.metadata.name !== 'fluxops-redis',
    );
    expect(fluxops.length).toBeGreaterThan(0);
    for (const deployment of fluxops) {
      const pod = podOf(deployment);
      expect(pod.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.spec.topologySpreadConstraints?.length).toBeGreaterThan(0);
      expect(pod.spec.serviceAccountName).toBe('fluxops');
      expect(pod.metadata.labels['azure.workload.identity/use']).toBe('true');
      const [container] = pod.spec.containers;
      expect(container?.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container?.securityContext?.allowPrivilegeEscalation).toBe(false);
      expect(container?.livenessProbe?.httpGet?.path).toBe('/livez');
      expect(container?.readinessProbe?.httpGet?.path).toBe('/readyz');
      expect(container?.resources?.requests?.memory).toBeDefined();
      expect(container?.resources?.limits?.memory).toBeDefined();
    }
  });

  it('has a disruption budget per fluxops Deployment, a NetworkPolicy and the workload identity client id', () => {
    const budgets = byKind(objects, 'PodDisruptionBudget').map((p) => p.metadata.name);
    const deployments = byKind(objects, 'Deployment')
      .map((d) => d.metadata.name)
      .filter((n) => n !== 'fluxops-redis');
    expect(budgets.sort()).toEqual(deployments.sort());
    expect(byKind(objects, 'NetworkPolicy').map((n) => n.metadata.name)).toContain('fluxops');
    const [account] = byKind(objects, 'ServiceAccount');
    const annotations = (account?.metadata as { annotations?: Record<string, string> } | undefined)?.annotations ?? {};
    expect(annotations['azure.workload.identity/client-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('overlay differences', () => {
  const settings = (overlay: string) =>
    (byKind(render(overlay), 'ConfigMap').find((c) => c.metadata.name === 'fluxops-settings')?.data ?? {}) as Record<
      string,
      string
    >;

  it('production names a subscription and never runs the sandbox', () => {
    expect(settings('production').FLUXOPS_SANDBOX).toBe('false');
    expect(settings('production').AZURE_SUBSCRIPTION_ID).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      byKind(render('production'), 'Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(['fluxops-web', 'fluxops-worker']);
  });

  it('dev and sandbox-demo bring one Redis with AOF on and noeviction, and point REDIS_URL at it', () => {
    for (const overlay of ['dev', 'sandbox-demo']) {
      const redis = byKind(render(overlay), 'Deployment').find((d) => d.metadata.name === 'fluxops-redis');
      const args = (podOf(redis as Manifest).spec.containers[0] as { args?: string[] }).args ?? [];
      expect(args.join(' ')).toContain('--appendonly yes');
      expect(args.join(' ')).toContain('--maxmemory-policy noeviction');
      expect(settings(overlay).REDIS_URL).toBe('redis://fluxops-redis:6379');
    }
  });

  it('sandbox-demo runs one all-role process in sandbox mode', () => {
    const objects = render('sandbox-demo');
    expect(settings('sandbox-demo').FLUXOPS_SANDBOX).toBe('true');
    const fluxops = byKind(objects, 'Deployment').filter((d) => d.metadata.name !== 'fluxops-redis');
    expect(fluxops.map((d) => d.metadata.name)).toEqual(['fluxops-web']);
    const env = podOf(fluxops[0] as Manifest).spec.containers[0]?.env ?? [];
    expect(env.find((e) => e.name === 'FLUXOPS_ROLE')?.value).toBe('all');
  });
});
