import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../src/platform/logger.ts';
import { metrics } from '../src/platform/metrics.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import type { RedisNodeAuth, RedisTarget } from '../src/platform/redis-target.ts';

/**
 * Redis connections for BullMQ and the stores, by role:
 * - `producer` (ingress): `enableOfflineQueue: false` so a Redis outage fails `queue.add` at once
 *   instead of hanging the 3-second ack; one retry per request keeps errors quick.
 * - `worker`: `maxRetriesPerRequest: null`, which BullMQ requires for blocking commands.
 * - `state`: a worker connection with auto-pipelining, for the alert engine's many small calls.
 * All reconnect forever with a capped backoff, so commands work again when Redis returns.
 *
 * Every client of the process is made here, for every topology (see redis-target.ts):
 * 1. `url`: one server; `rediss://` turns TLS on, `user:password@` authenticates (ACL or access key).
 * 2. `cluster`: an ioredis Cluster seeded with the given nodes; the role options go to every node.
 *    With TLS the nodes' own addresses are used as given (no DNS lookup), so certificates issued
 *    for those names match, as Azure Cache for Redis needs.
 * 3. `sentinel`: the master the sentinels name; `failoverDetector` subscribes to the sentinels'
 *    `+switch-master`, so a failover moves the connection at once instead of at the next error.
 *    The sentinels take their own login (`sentinelAuth`), the master the data nodes' (`auth`).
 * In every topology a `READONLY` reply (a demoted master still answering) reconnects, which finds
 * the new master.
 */
export type ConnectionRole = 'producer' | 'worker' | 'state';

export function createConnection(target: RedisTarget | string, role: ConnectionRole, logger: Logger): RedisClient {
  const where: RedisTarget = typeof target === 'string' ? { kind: 'url', url: target } : target;
  const redis = open(where, role);
  let lastError = '';
  redis.on('error', (error: Error) => {
    metrics.redisErrors.inc({ role });
    // ioredis repeats the same error on every reconnect attempt; log each distinct one once.
    if (error.message !== lastError) logger.warn({ role, err: error.message }, 'redis connection error');
    lastError = error.message;
  });
  redis.on('ready', () => {
    if (lastError) logger.info({ role }, 'redis connection restored');
    lastError = '';
  });
  return redis;
}

/** Options every connection of `role` shares, whatever the topology. */
function roleOptions(role: ConnectionRole): RedisOptions {
  return {
    connectTimeout: 2_000,
    maxRetriesPerRequest: role === 'producer' ? 1 : null,
    // A demoted master answers writes with READONLY: reconnect (2 = and resend the command).
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
  };
}

function nodeAuth(auth: RedisNodeAuth): RedisOptions {
  return { username: auth.username, password: auth.password, ...(auth.tls ? { tls: {} } : {}) };
}

function open(target: RedisTarget, role: ConnectionRole): RedisClient {
  const offline = { enableOfflineQueue: role !== 'producer', enableAutoPipelining: role === 'state' };
  // The first retry comes at once: after a Sentinel failover the old master drops every client, and
  // the new master is ready; later ones back off, for a Redis that is down.
  const retryStrategy = (times: number) => (times === 1 ? 10 : Math.min(200 * times, 2_000));
  if (target.kind === 'cluster') {
    const options: ClusterOptions = {
      ...offline,
      clusterRetryStrategy: retryStrategy,
      redisOptions: { ...roleOptions(role), ...nodeAuth(target.auth) },
      ...(target.auth.tls ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
    };
    return new Cluster(
      target.nodes.map(({ host, port }) => ({ host, port })),
      options,
    );
  }
  if (target.kind === 'sentinel') {
    return new Redis({
      ...roleOptions(role),
      ...offline,
      ...nodeAuth(target.auth),
      sentinels: target.sentinels.map(({ host, port }) => ({ host, port })),
      name: target.name,
      sentinelUsername: target.sentinelAuth.username,
      sentinelPassword: target.sentinelAuth.password,
      failoverDetector: true,
      retryStrategy,
      sentinelRetryStrategy: retryStrategy,
    });
  }
  return new Redis(target.url, { ...roleOptions(role), ...offline, lazyConnect: false, retryStrategy });
}
