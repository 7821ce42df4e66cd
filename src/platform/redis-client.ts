import type { Cluster, Redis } from 'ioredis';

/**
 * A connection to fluxops' Redis: one server or a master found through Sentinel (`Redis`), or a
 * Redis Cluster (`Cluster`). Stores only use commands both answer alike; multi-key scripts and
 * transactions keep their keys under the queue prefix's `{hash tag}`, so they stay in one slot.
 */
export type RedisClient = Redis | Cluster;
