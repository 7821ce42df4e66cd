import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { AlertsDeps } from '../../../src/alerts/stores/alerts-deps.ts';
import { validateAgainst } from '../../support/crd-schema.ts';
import { NOTIFICATION_CONTROLLER_TAGS, notificationSchema } from '../../support/flux-crd-schema.ts';
import { alertsDeps } from '../../support/handlers/alerts-deps.ts';
import { AKS, ARC, type Harness, jobFor, parsed, startHarness } from '../../support/handlers/harness.ts';
import { TUTORIAL_CONFIG } from '../../support/sandbox/arm-sandbox.ts';
import { deleteKeys } from '../../support/test-app.ts';

/**
 * `alerts setup` on a cluster whose Flux objects sit in three namespaces, with image automation on:
 * one Secret/Provider/Alert per namespace, the image kinds selected, every Provider and Alert valid
 * against the v1beta3 schema of the notification-controller releases microsoft.flux ships.
 */
const PREFIX = `fluxops-test-setup-${process.pid}`;

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string };
  spec?: { eventSources?: { kind: string; name: string }[]; [key: string]: unknown };
}

function configuration(name: string, namespace: string, scope: 'cluster' | 'namespace') {
  return { cluster: 'flux-demo-arc', name, properties: { ...TUTORIAL_CONFIG, namespace, scope } };
}

describe('alerts setup', () => {
  let h: Harness;
  let redis: Redis;
  let alerts: AlertsDeps;

  beforeAll(async () => {
    h = await startHarness({
      seed: {
        clusters: [
          { resourceGroup: 'flux-demo-rg', name: 'flux-demo-arc', clusterType: 'connectedClusters' },
          { resourceGroup: 'flux-demo-rg', name: 'flux-demo-aks', clusterType: 'managedClusters' },
        ],
        extensions: [
          {
            cluster: 'flux-demo-arc',
            version: '1.24.1',
            configurationSettings: {
              'image-reflector-controller.enabled': 'true',
              'image-automation-controller.enabled': 'true',
            },
          },
          { cluster: 'flux-demo-aks', version: '1.9.3', autoUpgradeMinorVersion: false },
        ],
        fluxConfigurations: [
          configuration('cluster-config', 'cluster-config', 'cluster'),
          configuration('team-a', 'team-a', 'namespace'),
          configuration('team-b', 'team-b', 'namespace'),
        ],
      },
    });
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    alerts = alertsDeps(redis, PREFIX);
  });
  afterAll(async () => {
    await h?.close();
    await deleteKeys('redis://127.0.0.1:6379', PREFIX);
    redis?.disconnect();
  });

  it('renders an Alert for every namespace with Flux objects, image kinds included, valid against v1beta3', async () => {
    const { reply, privately } = await h.run(`alerts setup ${ARC}`, undefined, undefined, { alerts });
    expect(reply.status).toBe('succeeded');
    expect(reply.text).not.toContain('Warning');
    expect(reply.detail).toBeUndefined();
    expect(privately).toHaveLength(1);
    const manifests = parseAllDocuments((privately[0]?.detail?.lines ?? []).join('\n')).map(
      (d) => d.toJSON() as Manifest,
    );
    const alertsRendered = manifests.filter((m) => m.kind === 'Alert');
    expect(alertsRendered.map((m) => m.metadata.namespace)).toEqual(['cluster-config', 'team-a', 'team-b']);
    // No flux-system objects: it holds none of these configurations' objects, and team-a/team-b are
    // namespace-scoped.
    expect(manifests.some((m) => m.metadata.namespace === 'flux-system')).toBe(false);
    for (const alert of alertsRendered) {
      expect(alert.spec?.eventSources?.map((s) => s.kind)).toEqual([
        'GitRepository',
        'OCIRepository',
        'Bucket',
        'HelmRepository',
        'HelmChart',
        'Kustomization',
        'HelmRelease',
        'ImageRepository',
        'ImagePolicy',
        'ImageUpdateAutomation',
      ]);
    }
    for (const tag of NOTIFICATION_CONTROLLER_TAGS) {
      for (const manifest of manifests.filter((m) => m.kind === 'Alert' || m.kind === 'Provider')) {
        expect(manifest.apiVersion).toBe('notification.toolkit.fluxcd.io/v1beta3');
        const schema = notificationSchema(tag, manifest.kind === 'Alert' ? 'alerts' : 'providers', 'v1beta3');
        const result = validateAgainst(schema, manifest);
        expect(result.errors, `${tag} ${manifest.kind}/${manifest.metadata.namespace}`).toEqual([]);
        // The one CEL rule (Provider): commitStatusExpr only for git providers; ours sets none.
        if (result.unchecked.length) expect(manifest.spec).not.toHaveProperty('commitStatusExpr');
      }
    }
  });

  it('the validator catches what the CRD refuses (an unknown kind, a missing providerRef)', () => {
    const schema = notificationSchema('v1.7.5', 'alerts', 'v1beta3');
    const broken = {
      apiVersion: 'notification.toolkit.fluxcd.io/v1beta3',
      kind: 'Alert',
      metadata: { name: 'x', namespace: 'apps' },
      spec: { eventSources: [{ kind: 'Deployment', name: '*' }] },
    };
    expect(validateAgainst(schema, broken).errors).toEqual([
      '.spec.providerRef: required',
      '.spec.eventSources[0].kind: "Deployment" not in enum',
    ]);
  });

  it('warns, with the command that fixes it, when microsoft.flux predates notification.toolkit.fluxcd.io/v1beta3', async () => {
    const { reply } = await h.run(`alerts setup ${AKS}`, undefined, undefined, { alerts });
    expect(reply.status).toBe('succeeded');
    expect(reply.text).toContain('Warning: microsoft.flux 1.9.3 runs Flux 2.1 or older');
    expect(reply.text).toContain(
      '`az k8s-extension update -g flux-demo-rg -c flux-demo-aks -t managedClusters -n flux --version 1.22.2 --auto-upgrade-minor-version false`',
    );
  });

  it('says how often compliance is polled, as a duration in the reader’s language, not the setting’s name', async () => {
    const polling = async (locale?: string, every = 60_000) => {
      const job = jobFor(parsed(`alerts setup ${ARC}`));
      job.data.locale = locale;
      const { reply } = await h.run(`alerts setup ${ARC}`, job, undefined, {
        alerts: { ...alerts, compliancePollIntervalMs: every },
      });
      return reply.fields?.at(-1)?.value;
    };
    expect(await polling()).toBe('on (every 1 minute)');
    expect(await polling(undefined, 90_000)).toBe('on (every 1 minute, 30 seconds)');
    expect(await polling('ja')).toBe('オン (1 分ごと)');
    expect(await polling('fr')).toBe('activée (intervalle : 1 minute)');
  });

  it('a second setup: the channel reply names who got the key again, the private one says "you"', async () => {
    await h.run(`alerts setup ${ARC}`, undefined, undefined, { alerts });
    const again = await h.run(`alerts setup ${ARC}`, undefined, undefined, { alerts });
    expect(again.reply.text).toContain('fluxops sent that same key to alice again (nothing was rotated)');
    expect(again.reply.text).not.toContain('sent you');
    expect(again.privately[0]?.text).toContain('fluxops sent you that same key again');
  });
});
