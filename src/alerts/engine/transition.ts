import type { AlertText } from './alert-text.ts';
import type { AlertLevel, Signal } from './classify-event.ts';
import { driftedObjects } from './classify-event.ts';
import { isOlder, precedence } from './event-order.ts';
import type { AlertAction, AlertField, FluxEvent } from './flux-event.ts';

/**
 * The transition engine's pure core: given what we remember about one object's track and a new
 * event, decide what (if anything) chat should see. Redis persistence and delivery live elsewhere.
 *
 * Rules:
 * 1. An event seen before (its fingerprint includes its time) changes nothing, so a replay after a
 *    restart or a re-delivered webhook posts nothing new.
 * 2. Events older than the newest one applied (by time, then reason precedence within a second:
 *    event-order.ts) cannot undo a newer state, and are never dropped silently:
 *    a. a late failure inside the open incident counts as an occurrence;
 *    b. a late failure newer than every incident, arriving after the recovery that followed it (a
 *       "corrected" delivered before its "detected"), opens an incident resolved at once by that
 *       newer event, so the failure is seen and closed;
 *    c. anything else (a late recovery, a late failure inside an incident already resolved) is `late`:
 *       the engine records it where `alerts list --history` shows it.
 * 3. healthy → failing opens an incident (one new message); failing → failing is a repeat that
 *    updates that message; failing → healthy resolves it (thread reply + original marked resolved),
 *    naming the event that closed it and its source.
 * 4. Neutral events (progress, change sets) change nothing, not even the clock: they say nothing
 *    about which state is newer.
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
  /** fluxops' own words for `message`, shown in the channel's language (FluxEvent.note). */
  note?: AlertText;
  revision?: string;
  config?: string;
  /** Drift track: the objects the newest drift message lists. */
  drifted?: string[];
  /** The newest event's own facts and buttons (cluster watchers: OOM details and the fix). */
  fields?: AlertField[];
  actions?: AlertAction[];
  /** Bumped on every visible change; the notify `seq` of this incident's messages. */
  seq: number;
  resolvedAt?: string;
  resolvedReason?: string;
  resolvedMessage?: string;
  resolvedNote?: AlertText;
  /** Which source's event closed it (webhook, compliance poller, cluster watcher). */
  resolvedSource?: FluxEvent['source'];
}

export interface TrackState {
  status: 'healthy' | 'failing';
  /** Newest event time applied (ISO). */
  lastTime: string;
  /** Precedence of the newest applied event within its second (event-order.ts). */
  lastRank?: number;
  /** The newest applied event itself: what closes a late failure (rule 2b). */
  lastReason?: string;
  lastMessage?: string;
  lastNote?: AlertText;
  lastSource?: FluxEvent['source'];
  /** Fingerprint of the newest applied event; a replay of it re-sends (idempotently) instead of counting. */
  lastFingerprint?: string;
  /** How many incidents this object/track has had; makes incident ids unique. */
  incidents: number;
  /** The open incident, or the last resolved one. */
  incident?: Incident;
}

/** How much of the newest event's message the state keeps. */
const LAST_MESSAGE_CHARS = 2_000;

export type TransitionAction = 'open' | 'repeat' | 'resolve' | 'replay' | 'late' | 'none';

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
  const rank = precedence(event.reason, signal);
  // Rule 4.
  if (signal.state === 'neutral') return { state: previous ?? state, action: 'none' };
  const newest = {
    time: state.lastTime ? Date.parse(state.lastTime) : Number.NEGATIVE_INFINITY,
    rank: state.lastRank ?? 0,
  };
  // Rule 2.
  if (isOlder({ time, rank }, newest)) return lateEvent(state, event, signal, incidentBase);
  state.lastTime = new Date(time).toISOString();
  state.lastRank = rank;
  state.lastReason = event.reason;
  // Kept only to close a late failure (rule 2b): a change set's thousands of lines need not ride along.
  state.lastMessage = event.message.slice(0, LAST_MESSAGE_CHARS);
  state.lastNote = event.note;
  state.lastSource = event.source;
  state.lastFingerprint = fingerprint.value;
  if (signal.state === 'healthy') {
    if (state.status !== 'failing' || !state.incident) return { state, action: 'none' };
    state.status = 'healthy';
    state.incident = {
      ...state.incident,
      seq: state.incident.seq + 1,
      resolvedAt: state.lastTime,
      resolvedReason: event.reason,
      resolvedMessage: event.message,
      resolvedNote: event.note,
      resolvedSource: event.source,
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
      note: event.note,
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
  state.incident = newIncident(`${incidentBase}-${state.incidents}`, event, level, drifted);
  return { state, action: 'open' };
}

function newIncident(id: string, event: FluxEvent, level: AlertLevel, drifted: string[] | undefined): Incident {
  const since = new Date(Date.parse(event.time)).toISOString();
  return {
    id,
    level,
    since,
    lastSeen: since,
    count: 1,
    reason: event.reason,
    message: event.message,
    note: event.note,
    revision: event.revision,
    config: event.config,
    drifted,
    fields: event.fields,
    actions: event.actions,
    seq: 1,
  };
}

/** Rule 2: an event older than the newest one applied. */
function lateEvent(state: TrackState, event: FluxEvent, signal: Signal, incidentBase: string): TransitionResult {
  if (signal.state !== 'failing') return { state, action: 'late' };
  const time = Date.parse(event.time);
  const last = state.incident;
  // 2a.
  if (state.status === 'failing' && last && time >= Date.parse(last.since)) {
    state.incident = { ...last, count: last.count + 1, seq: last.seq + 1 };
    return { state, action: 'repeat' };
  }
  // 2b: newer than the last incident's end, so no incident has told it yet.
  const afterLast = !last || (last.resolvedAt !== undefined && time > Date.parse(last.resolvedAt));
  if (state.status !== 'healthy' || !afterLast) return { state, action: 'late' };
  state.incidents += 1;
  const drifted = signal.track === 'drift' ? driftedObjects(event.message) : undefined;
  state.incident = {
    ...newIncident(`${incidentBase}-${state.incidents}`, event, signal.level, drifted),
    seq: 2,
    resolvedAt: state.lastTime,
    resolvedReason: state.lastReason,
    resolvedMessage: state.lastMessage,
    resolvedNote: state.lastNote,
    resolvedSource: state.lastSource,
  };
  return { state, action: 'open' };
}
