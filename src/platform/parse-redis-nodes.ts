import type { RedisNode } from './redis-target.ts';

/**
 * Reads a `host:port,host:port` list (REDIS_CLUSTER_NODES, REDIS_SENTINELS). Rules:
 * 1. entries are separated by commas; spaces around them are ignored;
 * 2. each is `host:port` with a port from 1 to 65535; an IPv6 host goes in brackets (`[::1]:6379`);
 * 3. at least one entry.
 * Returns the nodes, or the first problem as a sentence.
 */
export function parseRedisNodes(value: string): RedisNode[] | string {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'must name at least one host:port';
  const nodes: RedisNode[] = [];
  for (const entry of entries) {
    const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/.exec(entry);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) return `"${entry}" is not host:port`;
    nodes.push({ host: (match[1] as string).replace(/^\[|\]$/g, ''), port });
  }
  return nodes;
}
