import { describe, expect, it } from 'vitest';
import { alertReply } from '../../src/alerts/engine/alert-reply.ts';
import { classifyEvent } from '../../src/alerts/engine/classify-event.ts';
import type { FluxEvent } from '../../src/alerts/engine/flux-event.ts';
import { applyEvent, type TrackState } from '../../src/alerts/engine/transition.ts';
import { type OomDetails, oomActions, oomFields, oomMessage, oomNote } from '../../src/cluster/watch/oom-fix.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';

/** Events of `source: 'cluster'` (the kube watchers) through classification, transition and the alert reply. */
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
const TARGET: ClusterTarget = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

function ready(overrides: Partial<FluxEvent>): FluxEvent {
  return {
    cluster: 'flux-demo-arc',
    kind: 'HelmRelease',
    namespace: 'cluster-config',
    name: 'podinfo',
    severity: 'error',
    reason: 'UpgradeFailed',
    message: 'Helm upgrade failed',
    time: at(1),
    health: 'failing',
    source: 'cluster',
    ...overrides,
  };
}

function oom(restartCount: number, second: number): FluxEvent {
  const details: OomDetails = {
    controller: 'helm-controller',
    pod: 'helm-controller-5f7c9d8b6-x2x4q',
    container: 'manager',
    memoryLimit: '1Gi',
    restartCount,
    lastExit: at(second),
    cause: 'OOMKilled',
  };
  return {
    cluster: 'flux-demo-arc',
    kind: 'Deployment',
    namespace: 'flux-system',
    name: 'helm-controller',
    severity: 'error',
    reason: 'OOMKilled',
    message: oomMessage(details),
    note: oomNote(details),
    time: at(second),
    source: 'cluster',
    fields: oomFields(details),
    actions: oomActions(details, TARGET),
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

describe('cluster watcher events', () => {
  it('classifies an OOM kill as failing at error level even without a health or a Warning severity', () => {
    expect(classifyEvent({ ...oom(1, 1), severity: 'info' })).toEqual({
      track: 'health',
      state: 'failing',
      level: 'error',
    });
    expect(classifyEvent({ ...oom(1, 1), reason: 'OOMWatchShutdown' })).toMatchObject({ state: 'failing' });
  });

  it('takes Ready transitions as their status and reason say', () => {
    expect(classifyEvent(ready({}))).toEqual({ track: 'health', state: 'failing', level: 'error' });
    expect(classifyEvent(ready({ reason: 'DependencyNotReady', severity: 'error' }))).toEqual({
      track: 'health',
      state: 'failing',
      level: 'info',
    });
    expect(classifyEvent(ready({ health: 'healthy', severity: 'info', reason: 'UpgradeSucceeded' }))).toEqual({
      track: 'health',
      state: 'healthy',
    });
    expect(classifyEvent(ready({ health: 'progressing', severity: 'info', reason: 'Progressing' }))).toEqual({
      track: 'health',
      state: 'neutral',
    });
  });

  it('puts helm-controller drift Events on the drift track', () => {
    expect(classifyEvent(ready({ reason: 'DriftDetected', health: undefined }))).toEqual({
      track: 'drift',
      state: 'failing',
      level: 'error',
    });
    expect(classifyEvent(ready({ reason: 'DriftCorrected', severity: 'info', health: undefined }))).toEqual({
      track: 'drift',
      state: 'healthy',
    });
  });

  it('shows an OOM alert with controller, limit, restarts, last exit and the fix button', () => {
    const { state, actions } = run([oom(1, 1), oom(2, 9)]);
    expect(actions).toEqual(['open', 'repeat']);
    const reply = alertReply(
      {
        cluster: 'flux-demo-arc',
        kind: 'Deployment',
        namespace: 'flux-system',
        name: 'helm-controller',
        track: 'health',
      },
      state!.incident!,
    );
    expect(reply.title).toBe('Deployment flux-system/helm-controller is failing on flux-demo-arc');
    expect(reply.status).toBe('failed');
    // The newest event's details win: the second kill's restart count and exit time.
    expect(reply.fields).toEqual(
      expect.arrayContaining([
        { label: 'Controller', value: 'helm-controller' },
        { label: 'Memory limit', value: '1Gi' },
        { label: 'Restarts', value: '2' },
        { label: 'Last exit', value: `${at(9)} (OOMKilled)` },
      ]),
    );
    expect(reply.actions?.map((a) => a.id)).toEqual(['oom-fix', 'oom-logs', 'mute']);
    expect(reply.actions?.[0]?.command).toBe(
      'extension update -n flux --config helm-controller.resources.limits.memory=2Gi helm-controller.outOfMemoryWatch.enabled=true -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
    );
  });

  it('stores the OOM words as keys and writes them in the channel language when posting', () => {
    const { state } = run([oom(1, 1), oom(2, 9)]);
    const incident = state!.incident!;
    // What the alert shows is stored language-neutral: keys and values, no English label, button or
    // sentence; `message` keeps the English for signatures and logs, as a webhook event's does.
    const shown = JSON.stringify({ note: incident.note, fields: incident.fields, actions: incident.actions });
    expect(shown).not.toMatch(/Memory limit|Raise memory|Previous logs|was OOMKilled/);
    expect(shown).toContain('alert.own.oom.field.memoryLimit');
    expect(incident.message).toBe(`helm-controller was OOMKilled: limit 1Gi, 2 restarts, last exit ${at(9)}.`);
    const subject = {
      cluster: 'flux-demo-arc',
      kind: 'Deployment',
      namespace: 'flux-system',
      name: 'helm-controller',
      track: 'health' as const,
    };
    const ja = alertReply(subject, incident, 'ja');
    expect(ja.text).toBe(
      `helm-controller は OOMKilled で強制終了されました: 制限 1Gi、再起動 2 回、最終終了 ${at(9)}。`,
    );
    expect(ja.fields).toEqual(
      expect.arrayContaining([
        { label: 'コントローラー', value: 'helm-controller' },
        { label: 'メモリ制限', value: '1Gi' },
        { label: '再起動回数', value: '2' },
        { label: '最終終了', value: `${at(9)} (OOMKilled)` },
        { label: 'ポッド', value: 'helm-controller-5f7c9d8b6-x2x4q' },
      ]),
    );
    expect(ja.actions?.map((a) => a.label)).toEqual([
      'メモリ制限を 2Gi に上げる + OOM 監視',
      '前回のログ',
      '1 時間ミュート',
    ]);
    const fr = alertReply(subject, incident, 'fr');
    expect(fr.actions?.[0]?.label).toBe('Porter la limite de mémoire à 2Gi + surveillance OOM');
    expect(fr.text).toContain('2 redémarrages');
    const en = alertReply(subject, incident, 'en');
    expect(en.text).toBe(incident.message);
    expect(en.actions?.map((a) => a.label)).toEqual([
      'Raise memory limit to 2Gi + OOM watch',
      'Previous logs',
      'Mute 1h',
    ]);
  });

  it('writes an unknown limit and exit in the channel language too', () => {
    const details: OomDetails = {
      controller: 'kustomize-controller',
      pod: 'kustomize-controller-1',
      container: 'manager',
      restartCount: 1,
      cause: 'OOMWatch',
    };
    expect(oomMessage(details)).toBe(
      'kustomize-controller shut itself down near its memory limit (OOM watch): limit none, 1 restart, last exit unknown.',
    );
    const ja = alertReply(
      { cluster: 'c', kind: 'Deployment', namespace: 'flux-system', name: 'kustomize-controller', track: 'health' },
      {
        id: 'i',
        level: 'error',
        since: at(1),
        lastSeen: at(1),
        count: 1,
        reason: 'OOMWatchShutdown',
        message: oomMessage(details),
        note: oomNote(details),
        fields: oomFields(details),
        actions: oomActions(details, TARGET),
        seq: 1,
      },
      'ja',
    );
    expect(ja.text).toBe(
      'kustomize-controller はメモリ制限の近くで自らシャットダウンしました (OOM 監視): 制限 なし、再起動 1 回、最終終了 不明。',
    );
    expect(ja.fields).toContainEqual({ label: 'メモリ制限', value: 'なし' });
    expect(ja.fields).toContainEqual({ label: '最終終了', value: '不明' });
    expect(ja.actions?.[0]?.label).toBe('メモリ制限を 2Gi に上げる');
  });

  it('keeps the generic buttons for events without their own', () => {
    const { state } = run([ready({})]);
    const reply = alertReply(
      { cluster: 'flux-demo-arc', kind: 'HelmRelease', namespace: 'cluster-config', name: 'podinfo', track: 'health' },
      state!.incident!,
    );
    expect(reply.actions?.map((a) => a.id)).toEqual(['reconcile', 'events', 'logs', 'mute']);
    expect(reply.fields?.some((f) => f.label === 'Controller')).toBe(false);
  });
});
