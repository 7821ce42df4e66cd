import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../src/alerts/engine/classify-event.ts';
import type { FluxEvent } from '../../../src/alerts/engine/flux-event.ts';
import { applyEvent, type TrackState } from '../../../src/alerts/engine/transition.ts';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

function event(overrides: Partial<FluxEvent>): FluxEvent {
  return {
    cluster: 'arc',
    kind: 'HelmRelease',
    namespace: 'apps',
    name: 'podinfo',
    severity: 'error',
    reason: 'UpgradeFailed',
    message: 'Helm upgrade failed',
    time: at(0),
    source: 'webhook',
    ...overrides,
  };
}

function run(events: FluxEvent[]) {
  let state: TrackState | undefined;
  const actions: string[] = [];
  for (const [index, e] of events.entries()) {
    const result = applyEvent(state, e, classifyEvent(e), { value: `fp-${index}`, seen: false }, 'obj-health');
    state = result.state;
    actions.push(result.action);
  }
  return { state, actions };
}

describe('applyEvent', () => {
  it('opens once, folds repeats, resolves on success', () => {
    const { state, actions } = run([
      event({ time: at(1) }),
      event({ time: at(2), message: 'still failing' }),
      event({ time: at(3), severity: 'info', reason: 'UpgradeSucceeded', message: 'Helm upgrade succeeded' }),
    ]);
    expect(actions).toEqual(['open', 'repeat', 'resolve']);
    expect(state?.incident).toMatchObject({ id: 'obj-health-1', count: 2, message: 'still failing', seq: 3 });
    expect(state?.incident?.resolvedAt).toBe(at(3));
  });

  it('counts a late failure inside the open incident without moving its latest message', () => {
    const { actions, state } = run([
      event({ time: at(1), message: 'first' }),
      event({ time: at(5), message: 'newest' }),
      event({ time: at(3), message: 'late' }),
    ]);
    expect(actions).toEqual(['open', 'repeat', 'repeat']);
    expect(state?.incident).toMatchObject({ count: 3, message: 'newest', lastSeen: at(5) });
  });

  it('records an event older than the newest applied one as late (a late failure cannot undo a recovery)', () => {
    const { actions, state } = run([
      event({ time: at(1) }),
      event({ time: at(5), severity: 'info', reason: 'UpgradeSucceeded' }),
      event({ time: at(3) }),
    ]);
    expect(actions).toEqual(['open', 'resolve', 'late']);
    expect(state?.status).toBe('healthy');
  });

  it('treats a re-delivered event as a replay, not a repeat', () => {
    const first = event({ time: at(1) });
    const opened = applyEvent(undefined, first, classifyEvent(first), { value: 'same', seen: false }, 'obj-health');
    const again = applyEvent(opened.state, first, classifyEvent(first), { value: 'same', seen: true }, 'obj-health');
    expect(again.action).toBe('replay');
    expect(again.state.incident?.count).toBe(1);
  });

  it('numbers incidents so a second failure after recovery gets a new message', () => {
    const { state, actions } = run([
      event({ time: at(1) }),
      event({ time: at(2), severity: 'info', reason: 'UpgradeSucceeded' }),
      event({ time: at(3) }),
    ]);
    expect(actions).toEqual(['open', 'resolve', 'open']);
    expect(state?.incident?.id).toBe('obj-health-2');
  });

  it('keeps drift on its own track with the drifted objects listed', () => {
    const drift = event({
      reason: 'DriftDetected',
      message:
        'Cluster state of release apps/podinfo.v1 has drifted from the desired state:\nDeployment/apps/podinfo changed (0 additions, 1 changes, 0 removals)',
    });
    const signal = classifyEvent(drift);
    expect(signal).toEqual({ track: 'drift', state: 'failing', level: 'error' });
    const result = applyEvent(undefined, drift, signal, { value: 'fp', seen: false }, 'obj-drift');
    expect(result.state.incident?.drifted).toEqual([
      'Deployment/apps/podinfo changed (0 additions, 1 changes, 0 removals)',
    ]);
    expect(classifyEvent(event({ severity: 'info', reason: 'DriftCorrected' }))).toEqual({
      track: 'drift',
      state: 'healthy',
    });
  });

  it('ignores progress events', () => {
    const { actions } = run([event({ severity: 'info', reason: 'Progressing', time: at(1) })]);
    expect(actions).toEqual(['none']);
  });

  it('orders a same-second recovery after its failure, whichever arrives first', () => {
    const detected = event({
      reason: 'DriftDetected',
      time: at(7),
      message: 'drifted:\nDeployment/apps/podinfo changed',
    });
    const corrected = event({ severity: 'info', reason: 'DriftCorrected', time: at(7), message: 'corrected' });
    const inOrder = run([detected, corrected]);
    const reversed = run([corrected, detected]);
    expect(inOrder.actions).toEqual(['open', 'resolve']);
    expect(reversed.actions).toEqual(['none', 'open']);
    for (const { state } of [inOrder, reversed]) {
      expect(state?.status).toBe('healthy');
      expect(state?.incident).toMatchObject({ since: at(7), resolvedAt: at(7), resolvedReason: 'DriftCorrected' });
      expect(state?.incident?.drifted).toEqual(['Deployment/apps/podinfo changed']);
    }
  });

  it('opens and closes a late failure that is newer than every incident, naming what closed it', () => {
    const { actions, state } = run([
      event({ time: at(9), severity: 'info', reason: 'UpgradeSucceeded', source: 'compliance' }),
      event({ time: at(5), message: 'an hour behind, say' }),
    ]);
    expect(actions).toEqual(['none', 'open']);
    expect(state?.incident).toMatchObject({
      since: at(5),
      resolvedAt: at(9),
      resolvedReason: 'UpgradeSucceeded',
      resolvedSource: 'compliance',
    });
  });

  it('lets progress events say nothing about order: a failure after them still opens', () => {
    const { actions } = run([event({ severity: 'info', reason: 'Progressing', time: at(4) }), event({ time: at(3) })]);
    expect(actions).toEqual(['none', 'open']);
  });
});
