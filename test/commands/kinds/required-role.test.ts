import { describe, expect, it } from 'vitest';
import { requiredRole } from '../../../src/commands/kinds/index.ts';
import { roleCovers } from '../../../src/commands/role.ts';
import { parseOk } from '../../support/commands/parse.ts';

/** The role each command needs follows its kind: read → viewer, day-to-day levers → operator, the rest admin. */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('requiredRole', () => {
  it.each([
    ['help', 'viewer'],
    ['context', 'viewer'],
    [`flux list ${ARC}`, 'viewer'],
    [`flux show -n cluster-config ${ARC}`, 'viewer'],
    [`status ${ARC}`, 'viewer'],
    ['audit', 'viewer'],
    ['jobs', 'viewer'],
    ['alerts list', 'viewer'],
    [`reconcile cluster-config ${ARC}`, 'operator'],
    [`suspend cluster-config ${ARC}`, 'operator'],
    [`resume cluster-config ${ARC}`, 'operator'],
    [`alerts subscribe ${ARC}`, 'operator'],
    ['alerts mute Kustomization/apps 1h', 'operator'],
    [
      `flux create -n cluster-config -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ${ARC}`,
      'admin',
    ],
    [`flux delete -n cluster-config ${ARC}`, 'admin'],
    [`extension show -n flux ${ARC}`, 'viewer'],
    [`extension delete -n flux ${ARC}`, 'admin'],
    [`use ${ARC}`, 'admin'],
    [`alerts setup ${ARC}`, 'admin'],
  ])('%s needs %s', (text, role) => {
    expect(requiredRole(parseOk(text, null))).toBe(role);
  });

  it('orders the roles admin ⊇ operator ⊇ viewer', () => {
    expect(roleCovers('admin', 'operator')).toBe(true);
    expect(roleCovers('operator', 'viewer')).toBe(true);
    expect(roleCovers('viewer', 'operator')).toBe(false);
    expect(roleCovers('operator', 'admin')).toBe(false);
  });
});
