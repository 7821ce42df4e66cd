import type { ReplyAction, ReplyField } from '../../replies/reply.ts';
import type { AlertLevel, Signal } from './classify-event.ts';
import { driftedObjects } from './classify-event.ts';
import type { FluxEvent } from './flux-event.ts';

/**
 * The transition engine's pure core: given what we remember about one object's track and a new
 * event, decide what (if anything) chat should see. Redis persistence and delivery live elsewhere.
 *
 * Rules:
 * 1. An event seen before (its fingerprint includes its time) changes nothing, so a replay after a
 *    restart or a re-delivered webhook posts nothing new.
 * 2. Events older than the newest one applied cannot cause a transition (a late "failed" must not undo
 *    a recovery); a late failure inside the open incident still counts as an occurrence.
 * 3. healthy → failing opens an incident (one new message); failing → failing is a repeat that
 *    updates that message; failing → healthy resolves it (thread reply + original marked resolved).
 * 4. Neutral events only move the clock.
 */
export interface Incident {
  /** Unique per object, track and occurrence; message keys derive from it. */
  id: string;
  level: AlertLevel;
  since: string;
  lastSeen: string;
  count: number;
  reason: string;
  message: string;
  revision?: string;
  config?: string;
  /** Drift track: the objects the newest drift message lists. */
  drifted?: string[];
  /** The newest event's own facts and buttons (cluster watchers: OOM details and the fix). */
  fields?: ReplyField[];
  actions?: ReplyAction[];
  /** Bumped on every visible change; the notify `seq` of this incident's messages. */
  seq: number;
  resolvedAt?: string;
  resolvedReason?: string;
  resolvedMessage?: string;
}

export interface TrackState {
  status: 'healthy' | 'failing';
  /** Newest event time applied (ISO). */
  lastTime: string;
  /** Fingerprint of the newest applied event; a replay of it re-sends (idempotently) instead of counting. */
  lastFingerprint?: string;
  /** How many incidents this object/track has had; makes incident ids unique. */
  incidents: number;
  /** The open incident, or the last resolved one. */
  incident?: Incident;
}

export type TransitionAction = 'open' | 'repeat' | 'resolve' | 'replay' | 'none';

export interface TransitionResult {
  state: TrackState;
  action: TransitionAction;
}

export function applyEvent(
  previous: TrackState | undefined,
  event: FluxEvent,
  signal: Signal,
  fingerprint: { value: string; seen: boolean },
  incidentBase: string,
): TransitionResult {
  const state: TrackState = previous ? structuredClone(previous) : { status: 'healthy', lastTime: '', incidents: 0 };
  // Rule 1: a replay of the newest event re-sends (idempotently) in case the first run died before sending.
  if (fingerprint.seen) {
    const replay = fingerprint.value === state.lastFingerprint && state.incident !== undefined;
    return { state: previous ?? state, action: replay ? 'replay' : 'none' };
  }
  const time = Date.parse(event.time);
  const last = state.lastTime ? Date.parse(state.lastTime) : Number.NEGATIVE_INFINITY;
  // Rule 2.
  if (time < last) {
    const open = state.status === 'failing' ? state.incident : undefined;
    if (signal.state !== 'failing' || !open || time < Date.parse(open.since)) return { state, action: 'none' };
    state.incident = { ...open, count: open.count + 1, seq: open.seq + 1 };
    return { state, action: 'repeat' };
  }
  state.lastTime = new Date(time).toISOString();
  state.lastFingerprint = fingerprint.value;
  // Rule 4.
  if (signal.state === 'neutral') return { state, action: 'none' };
  if (signal.state === 'healthy') {
    if (state.status !== 'failing' || !state.incident) return { state, action: 'none' };
    state.status = 'healthy';
    state.incident = {
      ...state.incident,
      seq: state.incident.seq + 1,
      resolvedAt: state.lastTime,
      resolvedReason: event.reason,
      resolvedMessage: event.message,
      revision: event.revision ?? state.incident.revision,
    };
    return { state, action: 'resolve' };
  }
  const level = signal.state === 'failing' ? signal.level : 'error';
  const drifted = signal.track === 'drift' ? driftedObjects(event.message) : undefined;
  if (state.status === 'failing' && state.incident) {
    const open = state.incident;
    state.incident = {
      ...open,
      // A channel that heard an info-level alert should hear it escalate; never de-escalate.
      level: open.level === 'error' || level === 'error' ? 'error' : 'info',
      lastSeen: state.lastTime,
      count: open.count + 1,
      reason: event.reason,
      message: event.message,
      revision: event.revision ?? open.revision,
      config: event.config ?? open.config,
      drifted: drifted?.length ? drifted : open.drifted,
      fields: event.fields ?? open.fields,
      actions: event.actions ?? open.actions,
      seq: open.seq + 1,
    };
    return { state, action: 'repeat' };
  }
  state.status = 'failing';
  state.incidents += 1;
  state.incident = {
    id: `${incidentBase}-${state.incidents}`,
    level,
    since: state.lastTime,
    lastSeen: state.lastTime,
    count: 1,
    reason: event.reason,
    message: event.message,
    revision: event.revision,
    config: event.config,
    drifted,
    fields: event.fields,
    actions: event.actions,
    seq: 1,
  };
  return { state, action: 'open' };
}
