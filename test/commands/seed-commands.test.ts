/**
 * Acceptance: every az command of both seed tutorials parses, byte for byte (including the `\`
 * continuations and the docs' `<placeholder>`s, which fall back to the channel context), and produces the
 * REST body the az CLI would send. The same commands with Slack escaping and Teams HTML parse identically.
 */
import { describe, expect, it } from 'vitest';
import { extensionBody, extensionPatchBody, fluxConfigurationBody } from '../../src/azure/bodies/index.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import type { ChannelContext, Command } from '../../src/commands/types.ts';
import { slackEscape, teamsHtml } from '../support/commands/chat-escaping.ts';
import { TUTORIAL } from '../support/commands/tutorial-commands.ts';

const context: ChannelContext = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

const TUTORIAL_CREATE = String.raw`az k8s-configuration flux create -g flux-demo-rg \
-c flux-demo-arc \
-n cluster-config \
--namespace cluster-config \
-t connectedClusters \
--scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt \
--branch main  \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\["infra"\]`;

const FLUX_SCOPE = { cluster: { releaseNamespace: 'flux-system' } };
const extensionCreate = (settings: Record<string, string> | undefined, identity: boolean) => ({
  ...(identity ? { identity: { type: 'SystemAssigned' } } : {}),
  properties: {
    extensionType: 'microsoft.flux',
    autoUpgradeMinorVersion: true,
    releaseTrain: 'Stable',
    scope: FLUX_SCOPE,
    ...(settings ? { configurationSettings: settings } : {}),
  },
});
const extensionPatch = (settings: Record<string, string>) => ({ properties: { configurationSettings: settings } });

function bodyOf(command: Command): unknown {
  switch (command.kind) {
    case 'flux.create':
      return fluxConfigurationBody(command);
    case 'extension.create':
      return extensionBody(command);
    case 'extension.update':
      return extensionPatchBody(command);
    default:
      return { kind: command.kind, target: command.target, display: command.display };
  }
}

const TARGET = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};
const SSH_ALGOS = '--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256';

/** text (byte for byte from the seeds) → expected body (or, for GET/DELETE, kind + target + display). */
const TABLE: [string, unknown][] = [
  [
    TUTORIAL_CREATE,
    {
      properties: {
        scope: 'cluster',
        namespace: 'cluster-config',
        sourceKind: 'GitRepository',
        suspend: false,
        gitRepository: {
          url: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
          repositoryRef: { branch: 'main' },
        },
        kustomizations: {
          infra: { path: './infrastructure', prune: true },
          apps: { path: './apps/staging', dependsOn: ['infra'], prune: true },
        },
      },
    },
  ],
  [
    'az k8s-configuration flux show -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters',
    {
      kind: 'flux.show',
      target: TARGET,
      display: 'az k8s-configuration flux show -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config',
    },
  ],
  [
    'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters --yes',
    {
      kind: 'flux.delete',
      target: TARGET,
      display:
        'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config --yes',
    },
  ],
  [
    'az k8s-extension delete -g flux-demo-rg -c flux-demo-arc -n flux -t connectedClusters --yes',
    {
      kind: 'extension.delete',
      target: TARGET,
      display: 'az k8s-extension delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --yes',
    },
  ],
  [
    'az k8s-extension create -g <RESOURCE_GROUP> -c <CLUSTER_NAME> -n flux --extension-type microsoft.flux -t <CLUSTER_TYPE>',
    extensionCreate(undefined, true),
  ],
  [
    'az k8s-extension create -g <cluster_resource_group> -c <cluster_name> -t <connectedClusters or managedClusters or provisionedClusters> --name flux --extension-type microsoft.flux --config image-automation-controller.enabled=true image-reflector-controller.enabled=true',
    extensionCreate(
      { 'image-automation-controller.enabled': 'true', 'image-reflector-controller.enabled': 'true' },
      true,
    ),
  ],
  [
    'az k8s-extension create --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type managedClusters --name flux --extension-type microsoft.flux --config useKubeletIdentity=true',
    extensionCreate({ useKubeletIdentity: 'true' }, false),
  ],
  [
    'az k8s-extension update -g <resource-group> -c <cluster-name> -n flux -t connectedClusters --config source-controller.resources.limits.memory=2Gi source-controller.resources.requests.memory=300Mi',
    extensionPatch({
      'source-controller.resources.limits.memory': '2Gi',
      'source-controller.resources.requests.memory': '300Mi',
    }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --name flux --cluster-type <cluster-type> --config helm-controller.detectDrift=true ',
    extensionPatch({ 'helm-controller.detectDrift': 'true' }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --name flux --cluster-type <cluster-type> --config helm-controller.outOfMemoryWatch.enabled=true helm-controller.outOfMemoryWatch.memoryThreshold=70 helm-controller.outOfMemoryWatch.interval=700ms',
    extensionPatch({
      'helm-controller.outOfMemoryWatch.enabled': 'true',
      'helm-controller.outOfMemoryWatch.memoryThreshold': '70',
      'helm-controller.outOfMemoryWatch.interval': '700ms',
    }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config source-controller.log-level=error kustomize-controller.log-level=error',
    extensionPatch({ 'source-controller.log-level': 'error', 'kustomize-controller.log-level': 'error' }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config fluxconfig-agent.log-level=error fluxconfig-controller.log-level=error',
    extensionPatch({ 'fluxconfig-agent.log-level': 'error', 'fluxconfig-controller.log-level': 'error' }),
  ],
  [
    'az k8s-extension update --cluster-name <cluster-name> --resource-group <resource-group> --cluster-type <cluster-type> --name flux --config source-controller.ssh-host-key-args="--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256"',
    extensionPatch({ 'source-controller.ssh-host-key-args': SSH_ALGOS }),
  ],
  [
    'az k8s-extension update --cluster-name <cluster-name> --resource-group <resource-group> --cluster-type <cluster-type> --name flux --config image-automation-controller.ssh-host-key-args="--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256"',
    extensionPatch({ 'image-automation-controller.ssh-host-key-args': SSH_ALGOS }),
  ],
  [
    '    az k8s-extension create --resource-group <resource_group_name> --cluster-name <aks_cluster_name> --cluster-type managedClusters --name flux --extension-type microsoft.flux --config workloadIdentity.enable=true workloadIdentity.azureClientId=<user_assigned_client_id>',
    extensionCreate(
      { 'workloadIdentity.enable': 'true', 'workloadIdentity.azureClientId': '<user_assigned_client_id>' },
      false,
    ),
  ],
  [
    'az k8s-extension create --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --extension-type microsoft.flux --config kustomize-controller.strict-substitution-mode=true',
    extensionCreate({ 'kustomize-controller.strict-substitution-mode': 'true' }, true),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config kustomize-controller.strict-substitution-mode=true',
    extensionPatch({ 'kustomize-controller.strict-substitution-mode': 'true' }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config kustomize-controller.resources.limits.memory=2Gi kustomize-controller.resources.limits.cpu=2000m',
    extensionPatch({
      'kustomize-controller.resources.limits.memory': '2Gi',
      'kustomize-controller.resources.limits.cpu': '2000m',
    }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config kustomize-controller.concurrent=6 kustomize-controller.requeue-dependency=50s',
    extensionPatch({ 'kustomize-controller.concurrent': '6', 'kustomize-controller.requeue-dependency': '50s' }),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config kustomize-controller.enable-in-memory-build=true',
    extensionPatch({ 'kustomize-controller.enable-in-memory-build': 'true' }),
  ],
  [
    'az k8s-extension create --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --extension-type microsoft.flux --config setKubeServiceHostFqdn=true',
    extensionCreate({ setKubeServiceHostFqdn: 'true' }, true),
  ],
  [
    'az k8s-extension update --resource-group <resource-group> --cluster-name <cluster-name> --cluster-type <cluster-type> --name flux --config setKubeServiceHostFqdn=true',
    extensionPatch({ setKubeServiceHostFqdn: 'true' }),
  ],
];

describe('seed tutorial commands', () => {
  it('the table holds every az k8s- command of both editions, copied byte for byte', () => {
    const inCode = new Set([...TUTORIAL.ja.codeBlocks, ...TUTORIAL.fr.codeBlocks]);
    const inline = TABLE.map(([text]) => text).filter((text) => !inCode.has(text));
    expect(inline).toEqual([TABLE[4]?.[0]]);
    for (const text of inline)
      expect(TUTORIAL.ja.inProse.includes(text) && TUTORIAL.fr.inProse.includes(text)).toBe(true);
    expect([...inCode].filter((text) => !TABLE.some(([t]) => t === text))).toEqual([]);
  });

  it.each(TABLE)('%s', (text, expected) => {
    const result = parseCommand(text, { context });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(bodyOf(result.command)).toEqual(expected);
  });

  it.each(TABLE)('parses identically with Slack escaping: %s', (text) => {
    const raw = parseCommand(text, { context });
    expect(parseCommand(slackEscape(text), { context })).toEqual(raw);
  });

  it.each(TABLE)('parses identically as Teams HTML: %s', (text) => {
    const raw = parseCommand(text, { context });
    expect(parseCommand(teamsHtml(text), { context })).toEqual(raw);
  });

  it('the tutorial create warns about nothing and is mutating; the placeholders warn', () => {
    const create = parseCommand(TUTORIAL_CREATE);
    expect(create.ok && create.command.safety).toBe('mutating');
    expect(create.ok && create.command.warnings).toEqual([]);
    const wi = parseCommand(TABLE[14]?.[0] as string, { context });
    expect(wi.ok && wi.command.warnings).toEqual([
      {
        key: 'warning.placeholder-target',
        values: { flag: '--resource-group', value: '<resource_group_name>', resolved: 'flux-demo-rg' },
      },
      {
        key: 'warning.placeholder-target',
        values: { flag: '--cluster-name', value: '<aks_cluster_name>', resolved: 'flux-demo-arc' },
      },
      {
        key: 'warning.placeholder-value',
        values: { where: 'workloadIdentity.azureClientId', value: '<user_assigned_client_id>' },
      },
    ]);
  });
});
