import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { describe, expect, it } from 'vitest';
import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import { followCompliance } from '../../src/azure/follow-compliance.ts';

/** Readings a configuration goes through, served in order (the last repeats). */
function readings(...configs: FluxConfiguration[]) {
  let index = 0;
  return async () => configs[Math.min(index++, configs.length - 1)]!;
}

const failing: FluxConfiguration = {
  name: 'cluster-config',
  complianceState: 'Non-Compliant',
  statuses: [
    { kind: 'Kustomization', namespace: 'cluster-config', name: 'cluster-config-infra', complianceState: 'Compliant' },
    {
      kind: 'HelmRelease',
      namespace: 'cluster-config',
      name: 'nginx',
      complianceState: 'Non-Compliant',
      statusConditions: [{ type: 'Ready', status: 'False', reason: 'InstallFailed', message: 'chart pull error: 404' }],
    },
  ],
};

describe('followCompliance', () => {
  it('follows Pending until Non-Compliant and exposes the failing objects with reason and message', async () => {
    const seen: string[] = [];
    const outcome = await followCompliance({
      read: readings({ complianceState: 'Unknown' }, { complianceState: 'Pending' }, failing),
      deadlineMs: 5_000,
      intervalsMs: [5],
      onChange: (c) => {
        seen.push(c.complianceState ?? '');
      },
    });
    expect(outcome.settled).toBe(true);
    expect(outcome.history).toEqual(['Unknown', 'Pending', 'Non-Compliant']);
    expect(seen).toEqual(['Unknown', 'Pending', 'Non-Compliant']);
    expect(statusesTable(outcome.config, true)?.rows).toEqual([
      ['HelmRelease', 'cluster-config', 'nginx', 'Non-Compliant', 'InstallFailed', 'chart pull error: 404'],
    ]);
  });

  it('treats Suspended as settled and a Failed provisioning as the end', async () => {
    expect(
      (
        await followCompliance({
          read: readings({ complianceState: 'Suspended' }),
          deadlineMs: 1_000,
          intervalsMs: [5],
        })
      ).settled,
    ).toBe(true);
    const failed = await followCompliance({
      read: readings({ complianceState: 'Pending', provisioningState: 'Failed' }),
      deadlineMs: 1_000,
      intervalsMs: [5],
    });
    expect(failed.settled).toBe(true);
  });

  it('gives up at the deadline without settling', async () => {
    const started = Date.now();
    const outcome = await followCompliance({
      read: readings({ complianceState: 'Pending' }),
      deadlineMs: 120,
      intervalsMs: [20, 40],
    });
    expect(outcome.settled).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
