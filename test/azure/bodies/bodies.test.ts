/**
 * Body builders against the published REST examples (test/fixtures/azure-examples) and the az CLI
 * quirks not to copy (docs/upstream.md §6).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extensionBody,
  extensionPatchBody,
  fluxConfigurationBody,
  fluxConfigurationPatchBody,
  kustomizationPatchBody,
} from '../../../src/azure/bodies/index.ts';
import type { Command } from '../../../src/commands/types.ts';
import { b64, PEM_KEY } from '../../support/commands/credential-fixtures.ts';
import { parseOk } from '../../support/commands/parse.ts';

const EXAMPLES = resolve(import.meta.dirname, '../../fixtures/azure-examples');
const example = (name: string) =>
  JSON.parse(readFileSync(resolve(EXAMPLES, name), 'utf8')) as {
    parameters: Record<string, { properties: Record<string, unknown> }>;
  };

function as<K extends Command['kind']>(command: Command, kind: K): Extract<Command, { kind: K }> {
  if (command.kind !== kind) throw new Error(`expected ${kind}, got ${command.kind}`);
  return command as Extract<Command, { kind: K }>;
}

/** Maps whose keys are data (setting names, kustomization names), not schema. */
const FREE_MAPS = new Set(['configurationSettings', 'configurationProtectedSettings', 'kustomizations']);

/** Every schema key of `actual` (recursively) is a key the example request uses at the same place. */
function keysWithin(actual: unknown, reference: unknown, path = ''): string[] {
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [];
  const ref = (reference ?? {}) as Record<string, unknown>;
  return Object.entries(actual).flatMap(([key, value]) => {
    if (!(key in ref)) return [`${path}.${key}`];
    return FREE_MAPS.has(key) ? [] : keysWithin(value, ref[key], `${path}.${key}`);
  });
}

describe('fluxConfigurationBody', () => {
  it('matches the CreateFluxConfiguration example for the same input', () => {
    const command = parseOk(
      'flux create srs-fluxconfig --namespace srs-namespace -u https://github.com/Azure/arc-k8s-demo --branch master --timeout 10m --sync-interval 10m --https-ca-cert ZXhhbXBsZWNlcnRpZmljYXRl -k name=srs-kustomization1 path=./test/path dependsOn=[] timeout=10m sync_interval=10m disable_health_check=false -k name=srs-kustomization2 path=./other/test/path dependsOn=srs-kustomization1 timeout=10m sync_interval=10m retry_interval=10m prune=false disable_health_check=true',
    );
    const body = fluxConfigurationBody(as(command, 'flux.create'));
    const reference = example('CreateFluxConfiguration.json').parameters.fluxConfiguration;
    expect(keysWithin(body, reference)).toEqual([]);
    const referenceKustomizations = (reference?.properties.kustomizations ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    const { postBuild: _a, ...k1 } = referenceKustomizations['srs-kustomization1'] ?? {};
    const { postBuild: _b, ...k2 } = referenceKustomizations['srs-kustomization2'] ?? {};
    expect(body.properties.kustomizations).toEqual({ 'srs-kustomization1': k1, 'srs-kustomization2': k2 });
    expect(body.properties.gitRepository).toEqual(reference?.properties.gitRepository);
  });

  it('adds the default kustomization-1 with the CLI warning', () => {
    const command = as(parseOk('flux create c -u https://github.com/x/y --branch main'), 'flux.create');
    expect(fluxConfigurationBody(command).properties.kustomizations).toEqual({ 'kustomization-1': {} });
    expect(command.warnings).toEqual([{ key: 'warning.default-kustomization' }]);
  });

  it('base64-encodes https key and bucket secret, sends the ssh key as given, and bucket.insecure explicitly', () => {
    const https = as(
      parseOk('flux create c -u https://github.com/x/y --branch main --https-user me --https-key tok'),
      'flux.create',
    );
    expect(fluxConfigurationBody(https).properties.configurationProtectedSettings).toEqual({ httpsKey: b64('tok') });
    const ssh = as(
      parseOk(`flux create c -u git@github.com:x/y.git --tag v1 --ssh-private-key ${b64(PEM_KEY)}`),
      'flux.create',
    );
    expect(fluxConfigurationBody(ssh).properties.configurationProtectedSettings).toEqual({
      sshPrivateKey: b64(PEM_KEY),
    });
    const bucket = as(
      parseOk(
        'flux create b --kind bucket -u https://s3.amazonaws.com --bucket-name bk --bucket-access-key ak --bucket-secret-key sk',
      ),
      'flux.create',
    );
    const body = fluxConfigurationBody(bucket);
    expect(body.properties.sourceKind).toBe('Bucket');
    expect(body.properties.bucket).toEqual({
      url: 'https://s3.amazonaws.com',
      bucketName: 'bk',
      insecure: false,
      accessKey: 'ak',
    });
    expect(body.properties.configurationProtectedSettings).toEqual({ bucketSecretKey: b64('sk') });
  });

  it('builds an Azure Blob source with a service principal', () => {
    const command = as(
      parseOk(
        'flux create z --kind azblob -u https://a.blob.core.windows.net --container-name c --sp-client-id i --sp-tenant-id t --sp-client-secret s',
      ),
      'flux.create',
    );
    expect(fluxConfigurationBody(command).properties.azureBlob).toEqual({
      url: 'https://a.blob.core.windows.net',
      containerName: 'c',
      servicePrincipal: { clientId: 'i', tenantId: 't', clientSecret: 's' },
    });
  });
});

describe('fluxConfigurationPatchBody', () => {
  it('nulls the other ref fields on a ref change and sends only what changed', () => {
    const command = as(parseOk('flux update c --tag v2 --suspend false -k name=apps prune=false'), 'flux.update');
    expect(fluxConfigurationPatchBody(command)).toEqual({
      properties: {
        gitRepository: { repositoryRef: { branch: null, tag: 'v2', semver: null, commit: null } },
        suspend: false,
        kustomizations: { apps: { prune: false } },
      },
    });
  });

  it('sends sourceKind and empties the other sources on a kind change', () => {
    const command = as(
      parseOk('flux update c --kind bucket --url https://s3.amazonaws.com --bucket-name b --local-auth-ref s'),
      'flux.update',
    );
    expect(fluxConfigurationPatchBody(command)).toEqual({
      properties: {
        sourceKind: 'Bucket',
        gitRepository: {},
        azureBlob: {},
        // Explicitly false: the API's default is true, and the switch creates the bucket source anew.
        bucket: { url: 'https://s3.amazonaws.com', bucketName: 'b', insecure: false, localAuthRef: 's' },
      },
    });
  });
});

describe('kustomizationPatchBody', () => {
  it('create defaults path to "", update sends only given fields, delete sends null', () => {
    const create = as(
      parseOk('flux kustomization create -n c -k apps --depends-on ["infra", "db"] --sync-interval 1h'),
      'kustomization.create',
    );
    expect(kustomizationPatchBody(create)).toEqual({
      properties: { kustomizations: { apps: { path: '', dependsOn: ['infra', 'db'], syncIntervalInSeconds: 3600 } } },
    });
    const update = as(
      parseOk('flux kustomization update -n c -k apps --disable-health-check --force'),
      'kustomization.update',
    );
    expect(kustomizationPatchBody(update)).toEqual({
      properties: { kustomizations: { apps: { force: true, wait: false } } },
    });
    const remove = as(parseOk('flux kustomization delete -n c -k apps --yes'), 'kustomization.delete');
    expect(kustomizationPatchBody(remove)).toEqual({ properties: { kustomizations: { apps: null } } });
  });
});

describe('extension bodies', () => {
  it('create uses the CreateExtension shape with Flux defaults and identity off AKS', () => {
    const arc = as(
      parseOk('extension create --config helm-controller.detectDrift=true --config-protected k=v'),
      'extension.create',
    );
    const body = extensionBody(arc);
    expect(keysWithin(body.properties, example('CreateExtension.json').parameters.extension?.properties)).toEqual([]);
    expect(body).toEqual({
      identity: { type: 'SystemAssigned' },
      properties: {
        extensionType: 'microsoft.flux',
        autoUpgradeMinorVersion: true,
        releaseTrain: 'Stable',
        scope: { cluster: { releaseNamespace: 'flux-system' } },
        configurationSettings: { 'helm-controller.detectDrift': 'true' },
        configurationProtectedSettings: { k: 'v' },
      },
    });
    const aks = as(
      parseOk('extension create -t managedClusters --version 1.24.1 --auto-upgrade false'),
      'extension.create',
    );
    // Pinned: no releaseTrain (the spec reads it only with auto-upgrade on).
    expect(extensionBody(aks)).toEqual({
      properties: {
        extensionType: 'microsoft.flux',
        autoUpgradeMinorVersion: false,
        version: '1.24.1',
        scope: { cluster: { releaseNamespace: 'flux-system' } },
      },
    });
  });

  it('patch uses the PatchExtension shape and only given fields', () => {
    const command = as(
      parseOk('extension update --release-train Preview --auto-upgrade --config-protected key=value'),
      'extension.update',
    );
    const body = extensionPatchBody(command);
    expect(keysWithin(body.properties, example('PatchExtension.json').parameters.patchExtension?.properties)).toEqual(
      [],
    );
    expect(body).toEqual({
      properties: {
        autoUpgradeMinorVersion: true,
        releaseTrain: 'Preview',
        configurationProtectedSettings: { key: 'value' },
      },
    });
    const pinning = as(
      parseOk('extension update --release-train Stable --auto-upgrade false --version 1.24.1'),
      'extension.update',
    );
    expect(extensionPatchBody(pinning)).toEqual({ properties: { autoUpgradeMinorVersion: false, version: '1.24.1' } });
  });
});
