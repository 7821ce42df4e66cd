// Which Redis fluxops talks to, as the environment describes it: one server (REDIS_URL), a Redis
// Cluster (REDIS_CLUSTER_NODES) or a master found through Sentinel (REDIS_SENTINELS). The connection
// factory (jobs/connection.ts) turns it into ioredis clients; nothing else needs to know which it is.

/** One `host:port` of REDIS_CLUSTER_NODES or REDIS_SENTINELS. */
export interface RedisNode {
  host: string;
  port: number;
}

/** Credentials and TLS for Cluster and Sentinel data nodes (REDIS_URL carries its own). */
export interface RedisNodeAuth {
  username?: string;
  password?: string;
  tls: boolean;
}

/** How to log in to the sentinels themselves (their `requirepass`, or an ACL user). */
export interface SentinelAuth {
  username?: string;
  password?: string;
}

export type RedisTarget =
  | { kind: 'url'; url: string }
  | { kind: 'cluster'; nodes: RedisNode[]; auth: RedisNodeAuth }
  | { kind: 'sentinel'; sentinels: RedisNode[]; name: string; auth: RedisNodeAuth; sentinelAuth: SentinelAuth };
