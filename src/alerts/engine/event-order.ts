import type { Signal } from './classify-event.ts';

/**
 * The order of two events of one object and track. Flux stamps events in whole seconds and
 * notification-controller posts each one from its own goroutine, so events of the same second arrive
 * in any order (and fluxops runs many event jobs at once). Time alone cannot order them.
 *
 * Rules:
 * 1. The signal's own time (the controller's timestamp, a condition's lastTransitionTime) decides.
 * 2. Within one second, a defined precedence decides: what ends a state comes after what starts it
 *    — a recovery (`DriftCorrected`, `UpgradeSucceeded`, …) after a failure, and a failure that
 *    follows a detection (`DriftCorrectionFailed`) after the detection (`DriftDetected`).
 * 3. Equal time and equal precedence: the later arrival counts as newer (as before).
 */
export interface EventPosition {
  /** Milliseconds since the epoch. */
  time: number;
  rank: number;
}

/** Failures that only happen after a detection or an attempt: they follow it within a second. */
const FOLLOW_UPS = new Set(['DriftCorrectionFailed', 'RollbackFailed', 'RetriesExceeded']);

export function precedence(reason: string, signal: Signal): number {
  if (signal.state === 'healthy') return 3;
  if (signal.state === 'failing') return FOLLOW_UPS.has(reason) ? 2 : 1;
  return 0;
}

/** True when `event` is older than `newest` (rules 1–3). */
export function isOlder(event: EventPosition, newest: EventPosition): boolean {
  return event.time < newest.time || (event.time === newest.time && event.rank < newest.rank);
}
