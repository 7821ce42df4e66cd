import type { RE2JS } from 're2js';
import { compileSafePattern } from '../../commands/validate/safe-pattern.ts';
import type { ConversationAddress } from '../../notify/conversation.ts';
import type { AlertLevel } from './classify-event.ts';
import type { FluxEvent } from './flux-event.ts';
import { excludeSubject } from './flux-event.ts';

/**
 * One channel's standing order for alerts. Filters are ANDed; an empty list means "any".
 */
export interface Subscription {
  id: string;
  /** The channel (never a thread: alerts open their own threads). */
  address: ConversationAddress;
  /** Lower-case cluster name; undefined = every cluster. */
  cluster?: string;
  /** `error`: failures only. `info`: also "stuck, not broken" alerts (dependencies, suspensions). */
  severity: AlertLevel;
  /** Lower-case Flux kinds. */
  kinds: string[];
  namespaces: string[];
  /** RE2 pattern source matched against `<Kind>/<namespace>/<name>` (`commands/validate/safe-pattern.ts`). */
  exclude?: string;
  createdBy: string;
  createdAt: string;
}

/** `platform:channel`: one channel gets one message per alert however many of its subscriptions match. */
export function channelId(address: ConversationAddress): string {
  return `${address.platform}:${address.channel}`;
}

/**
 * Exclude patterns compiled once each: routing tests every subscription against every event. `null` is a
 * stored pattern RE2 refuses (saved before patterns were checked for it): it excludes nothing, since an
 * alert too many is better than one silently dropped.
 */
const patterns = new Map<string, RE2JS | null>();
/** Subscriptions come and go; past this many distinct patterns, start over rather than grow forever. */
const MAX_PATTERNS = 1000;

function compiled(source: string): RE2JS | null {
  let pattern = patterns.get(source);
  if (pattern === undefined) {
    const result = compileSafePattern(source);
    pattern = result.ok ? result.pattern : null;
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(source, pattern);
  }
  return pattern;
}

/** Whether the subscription's `--exclude` pattern, run on RE2 (linear time), matches the event. */
function excluded(source: string, event: Pick<FluxEvent, 'kind' | 'namespace' | 'name'>): boolean {
  return compiled(source)?.matcher(excludeSubject(event)).find() ?? false;
}

export function subscriptionMatches(
  subscription: Subscription,
  event: Pick<FluxEvent, 'cluster' | 'kind' | 'namespace' | 'name'>,
  level: AlertLevel,
): boolean {
  if (subscription.cluster && subscription.cluster !== event.cluster.toLowerCase()) return false;
  if (subscription.severity === 'error' && level !== 'error') return false;
  if (subscription.kinds.length && !subscription.kinds.includes(event.kind.toLowerCase())) return false;
  if (subscription.namespaces.length && !subscription.namespaces.includes(event.namespace)) return false;
  if (subscription.exclude && excluded(subscription.exclude, event)) return false;
  return true;
}
