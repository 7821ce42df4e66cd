import { describe, expect, it } from 'vitest';
import { alertKinds, v1beta3Warning } from '../../../src/alerts/sources/setup-flux-support.ts';
import { alertNamespaces } from '../../../src/alerts/sources/setup-namespaces.ts';

describe('alertNamespaces', () => {
  it("adds the namespaces of a configuration's statuses[] objects and of the cluster's Flux objects", () => {
    const configurations = [
      { namespace: 'cluster-config', scope: 'cluster', objectNamespaces: ['cluster-config', 'apps'] },
    ];
    expect(alertNamespaces(configurations, ['monitoring', 'apps'])).toEqual(['apps', 'cluster-config', 'monitoring']);
  });

  it('writes into flux-system only when Flux objects are there, or nothing at all was found', () => {
    const scoped = [{ namespace: 'team-a', scope: 'namespace', objectNamespaces: ['team-a'] }];
    expect(alertNamespaces(scoped)).toEqual(['team-a']);
    expect(alertNamespaces(scoped, ['flux-system'])).toEqual(['flux-system', 'team-a']);
    expect(alertNamespaces([])).toEqual(['flux-system']);
  });
});

describe('alerts setup and the installed extension', () => {
  it('selects the image kinds only for the image controllers that are enabled', () => {
    expect(alertKinds({})).not.toContain('ImageRepository');
    expect(alertKinds({ 'image-reflector-controller.enabled': 'true' }).slice(-2)).toEqual([
      'ImageRepository',
      'ImagePolicy',
    ]);
    expect(alertKinds({ 'image-automation-controller.enabled': 'True' }).at(-1)).toBe('ImageUpdateAutomation');
  });

  it('warns, with the upgrade command, when the extension predates notification.toolkit.fluxcd.io/v1beta3', () => {
    const warning = v1beta3Warning('1.9.3', 'az k8s-extension update … --version 1.22.2');
    expect(warning).toContain('microsoft.flux 1.9.3 runs Flux 2.1 or older');
    expect(warning).toContain('`az k8s-extension update … --version 1.22.2`');
    expect(v1beta3Warning('1.19.5', 'x')).toBeUndefined();
    expect(v1beta3Warning(undefined, 'x')).toBeUndefined();
  });
});
