import { describe, expect, it } from 'vitest';
import { alertReply, recoveryReply } from '../../../src/alerts/engine/alert-reply.ts';
import { classifyEvent } from '../../../src/alerts/engine/classify-event.ts';
import { applyEvent } from '../../../src/alerts/engine/transition.ts';
import { diffCompliance } from '../../../src/alerts/sources/compliance-diff.ts';
import type { ConfigurationStatus } from '../../../src/alerts/sources/configuration-status.ts';

/** The poller stamps its events with the source's clock, never with fluxops' own. */
const POLL_TIME = '2026-11-30T12:00:00.000Z';
const HOUR_BEHIND = '2026-11-30T11:00:00.000Z';
const REPORTED = '2026-11-30T11:02:00.000Z';

function configuration(ready: { status: string; reason: string; message: string; at: string }): ConfigurationStatus {
  return {
    cluster: 'flux-demo-arc',
    config: 'cluster-config',
    namespace: 'cluster-config',
    statusUpdatedAt: REPORTED,
    objects: [
      {
        kind: 'HelmRelease',
        namespace: 'apps',
        name: 'podinfo',
        complianceState: ready.status === 'True' ? 'Compliant' : 'Non-Compliant',
        conditions: [
          {
            type: 'Ready',
            status: ready.status,
            reason: ready.reason,
            message: ready.message,
            lastTransitionTime: ready.at,
          },
        ],
      },
    ],
  };
}

describe('diffCompliance event times', () => {
  it("uses Ready's lastTransitionTime when its status changed, even an hour behind our clock", () => {
    const failing = configuration({ status: 'False', reason: 'UpgradeFailed', message: 'failed', at: HOUR_BEHIND });
    const { events } = diffCompliance([failing], new Map(), POLL_TIME);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ reason: 'UpgradeFailed', time: HOUR_BEHIND, source: 'compliance' });
  });

  it("uses the agent's statusUpdatedAt when only Ready's reason or message changed (the transition time did not move)", () => {
    const first = configuration({
      status: 'True',
      reason: 'UpgradeSucceeded',
      message: 'chart 6.5.3',
      at: HOUR_BEHIND,
    });
    const { snapshot } = diffCompliance([first], new Map(), POLL_TIME);
    const upgraded = configuration({
      status: 'True',
      reason: 'UpgradeSucceeded',
      message: 'chart 6.5.4',
      at: HOUR_BEHIND,
    });
    const { events } = diffCompliance([upgraded], snapshot, POLL_TIME);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ reason: 'UpgradeSucceeded', time: REPORTED });
  });

  it('falls back to the poll time only when Azure gives no time at all', () => {
    const bare = configuration({ status: 'False', reason: 'UpgradeFailed', message: 'failed', at: '' });
    bare.statusUpdatedAt = undefined;
    bare.objects[0]!.conditions[0]!.lastTransitionTime = undefined;
    expect(diffCompliance([bare], new Map(), POLL_TIME).events[0]?.time).toBe(POLL_TIME);
  });
});

describe("the poller's own words", () => {
  const subject = {
    cluster: 'flux-demo-arc',
    kind: 'Kustomization',
    namespace: 'cluster-config',
    name: 'apps',
    track: 'health' as const,
  };
  /** An object Azure reports with a complianceState and no Ready condition to quote. */
  function bare(complianceState: string): ConfigurationStatus {
    return {
      cluster: 'flux-demo-arc',
      config: 'cluster-config',
      namespace: 'cluster-config',
      statusUpdatedAt: REPORTED,
      objects: [{ kind: 'Kustomization', namespace: 'cluster-config', name: 'apps', complianceState, conditions: [] }],
    };
  }

  it('are kept as keys with the incident and written in the channel language, the recovery too', () => {
    const suspended = diffCompliance([bare('Suspended')], new Map(), POLL_TIME);
    const [failing] = suspended.events;
    // The English stays the event's message (signatures, logs); the alert shows the note.
    expect(failing).toMatchObject({
      message: 'Reconciliation is suspended.',
      note: { key: 'alert.own.compliance.suspended' },
    });
    const opened = applyEvent(undefined, failing!, classifyEvent(failing!), { value: 'a', seen: false }, 'k-health');
    expect(opened.action).toBe('open');
    expect(alertReply(subject, opened.state.incident!, 'ja').text).toBe('調整は中断されています。');
    expect(alertReply(subject, opened.state.incident!, 'fr').text).toBe('Le rapprochement est suspendu.');
    expect(alertReply(subject, opened.state.incident!, 'en').text).toBe('Reconciliation is suspended.');

    const later = '2026-11-30T12:05:00.000Z';
    const { events } = diffCompliance(
      [{ ...bare('Compliant'), statusUpdatedAt: later }],
      suspended.snapshot,
      POLL_TIME,
    );
    const [healthy] = events;
    expect(healthy).toMatchObject({
      message: 'complianceState Compliant',
      note: { key: 'alert.own.compliance.state' },
    });
    const resolved = applyEvent(
      opened.state,
      healthy!,
      classifyEvent(healthy!),
      { value: 'b', seen: false },
      'k-health',
    );
    expect(resolved.action).toBe('resolve');
    const recovery = recoveryReply(subject, resolved.state.incident!, 'ja');
    expect(recovery.text).toContain('Compliant: コンプライアンス状態 Compliant');
    expect(recovery.text).not.toContain('complianceState');
  });

  it('leave a Ready message as Azure and Flux wrote it, with no note', () => {
    const failing = configuration({ status: 'False', reason: 'UpgradeFailed', message: 'failed', at: HOUR_BEHIND });
    const [event] = diffCompliance([failing], new Map(), POLL_TIME).events;
    expect(event?.message).toBe('failed');
    expect(event?.note).toBeUndefined();
  });
});
