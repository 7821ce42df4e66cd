// The three roles a chat user can hold, lowest first.
//
// Rules:
// 1. `viewer` reads (help, context, show, list, status, events, logs, jobs, audit, alerts list).
// 2. `operator` is viewer plus the day-to-day levers (reconcile, suspend, resume, alerts
//    subscribe/unsubscribe/mute); those kinds declare `role: 'operator'` in their spec.
// 3. `admin` is everything else: create, update, delete, every extension command, `use`, `alerts setup`.

export type Role = 'viewer' | 'operator' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

/** True when `held` is at least `needed` (admin ⊇ operator ⊇ viewer). */
export function roleCovers(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
