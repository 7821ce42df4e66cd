import { describe, expect, it } from 'vitest';
import { azureDevOpsSshAdvice, isAzureDevOpsSshUrl } from '../../src/azure/azure-devops-ssh.ts';
import { checkSettingGates, minimumVersionFor } from '../../src/azure/flux-setting-gates.ts';
import { isInSupportWindow, oldestSupportedVersion } from '../../src/azure/flux-version.ts';
import { operationRef } from '../../src/azure/operation-ref.ts';
import { describeBefore, settingChanges } from '../../src/azure/setting-changes.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';

const target: ClusterTarget = {
  resourceGroup: 'rg',
  clusterName: 'c1',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

describe('Azure DevOps SSH advice', () => {
  it.each([
    ['git@ssh.dev.azure.com:v3/org/proj/repo', true],
    ['ssh://git@ssh.dev.azure.com/v3/org/proj/repo', true],
    ['ssh://org@vs-ssh.visualstudio.com/v3/org/proj/repo', true],
    ['https://dev.azure.com/org/proj/_git/repo', false],
    ['git@github.com:Azure/gitops-flux2-kustomize-helm-mt', false],
  ])('%s → %s', (url, expected) => {
    expect(isAzureDevOpsSshUrl(url)).toBe(expected);
  });

  it('is silent once the extension already uses rsa-sha2', () => {
    const url = 'git@ssh.dev.azure.com:v3/org/proj/repo';
    expect(azureDevOpsSshAdvice(url, {}, target, 'flux')).toContain('--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256');
    const set = { 'source-controller.ssh-host-key-args': '--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256' };
    expect(azureDevOpsSshAdvice(url, set, target, 'flux')).toBeUndefined();
  });
});

describe('version gates', () => {
  it('knows when each key arrived', () => {
    expect(minimumVersionFor('helm-controller.detectDrift', 'connectedClusters')).toBe('1.7.5');
    expect(minimumVersionFor('image-reflector-controller.log-level', 'connectedClusters')).toBe('1.8.3');
    expect(minimumVersionFor('fluxconfig-controller.log-level', 'connectedClusters')).toBe('1.9.1');
    expect(minimumVersionFor('kustomize-controller.resources.limits.cpu', 'connectedClusters')).toBe('1.12.0');
    expect(minimumVersionFor('workloadIdentity.azureClientId', 'managedClusters')).toBe('1.7.8');
    expect(minimumVersionFor('workloadIdentity.azureClientId', 'connectedClusters')).toBe('1.15.1');
    expect(minimumVersionFor('no.such.key', 'connectedClusters')).toBeUndefined();
  });

  it('compares versions numerically, not as text', () => {
    const result = checkSettingGates(['kustomize-controller.strict-substitution-mode'], '1.13.10', 'connectedClusters');
    expect(result.refused).toEqual([]);
    expect(
      checkSettingGates(['kustomize-controller.strict-substitution-mode'], '1.9.9', 'connectedClusters')
        .requiredVersion,
    ).toBe('1.13.1');
  });

  it('computes the N-2 window', () => {
    expect(oldestSupportedVersion('1.24.1')).toBe('1.22.0');
    expect(isInSupportWindow('1.21.9', '1.24.1')).toBe(false);
    expect(isInSupportWindow('1.22.0', '1.24.1')).toBe(true);
  });
});

describe('operation URLs and setting changes', () => {
  it('keeps the URL ARM gave, host and signed query included, and names the operation by its last segment', () => {
    const url =
      'https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/c1/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/cluster-config/operations/abc-123?api-version=2023-05-01&t=1&c=signed%2Bvalue';
    expect(operationRef(url, 'async-operation', 'DELETE', 'https://management.azure.com/x')).toMatchObject({
      url,
      poll: 'async-operation',
      operationId: 'abc-123',
      method: 'DELETE',
    });
    // A relative URL is resolved against the request, never rebuilt from names.
    expect(operationRef('/op/42?sig=x', 'location', 'PUT', 'https://arm.example/a/b').url).toBe(
      'https://arm.example/op/42?sig=x',
    );
  });

  it('describes before → after, using the documented default when a key was never set', () => {
    const changes = settingChanges(
      { 'kustomize-controller.log-level': 'error' },
      { 'source-controller.log-level': 'error', 'kustomize-controller.log-level': 'error' },
      { 'source-controller.log-level': 'error', 'kustomize-controller.log-level': 'error' },
    );
    expect(changes.map((c) => [c.key, describeBefore(c), c.after, c.changed])).toEqual([
      ['source-controller.log-level', 'info (default)', 'error', true],
      ['kustomize-controller.log-level', 'error', 'error', false],
    ]);
  });
});
