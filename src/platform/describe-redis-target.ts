import { redactUrlCredentials } from './redact-url.ts';
import type { RedisTarget } from './redis-target.ts';

/** What the start-up log says about the Redis in use: where it is, never a password. */
export function describeRedisTarget(target: RedisTarget): Record<string, string> {
  const list = (nodes: { host: string; port: number }[]) => nodes.map(({ host, port }) => `${host}:${port}`).join(',');
  if (target.kind === 'cluster')
    return { topology: 'cluster', nodes: list(target.nodes), tls: String(target.auth.tls) };
  if (target.kind === 'sentinel') {
    return { topology: 'sentinel', sentinels: list(target.sentinels), name: target.name, tls: String(target.auth.tls) };
  }
  return { topology: 'standalone', url: redactUrlCredentials(target.url) };
}
