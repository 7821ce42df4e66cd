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
  /** RegExp source matched against `<Kind>/<namespace>/<name>`. */
  exclude?: string;
  createdBy: string;
  createdAt: string;
}

/** `platform:channel`: one channel gets one message per alert however many of its subscriptions match. */
export function channelId(address: ConversationAddress): string {
  return `${address.platform}:${address.channel}`;
}

/** Exclude patterns compiled once each: routing tests every subscription against every event. */
const patterns = new Map<string, RegExp>();
/** Subscriptions come and go; past this many distinct patterns, start over rather than grow forever. */
const MAX_PATTERNS = 1000;

function compiled(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(source, pattern);
  }
  return pattern;
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
  if (subscription.exclude && compiled(subscription.exclude).test(excludeSubject(event))) return false;
  return true;
}
