import type { Activity } from 'botbuilder';

/**
 * A parsed POST body as the Activity botbuilder's turn expects, or `undefined` when it is none.
 * Rules (botbuilder's own `validateAndFixActivity`, which CloudAdapter.process applied before this
 * route authenticated on its own): 1. a JSON object with a string `type`; 2. `timestamp`,
 * `localTimestamp` and `expiration` strings become Dates, the strings kept as `raw…`.
 */
export function readActivity(body: unknown): Activity | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string') return undefined;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
