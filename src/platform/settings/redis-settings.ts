// Where Redis is (one server, Cluster or Sentinel), how to log in, and the key prefix.
import { z } from 'zod';
import { bool, redisNodes, redisUrl, type Setting } from './value-schemas.ts';

export const REDIS_SETTINGS = {
  REDIS_URL: {
    schema: redisUrl,
    example: 'redis://127.0.0.1:6379',
    description:
      'One Redis server for queues and state: `redis://` or `rediss://` (TLS), with `user:password@` for ACLs and Azure Cache for Redis (the password is never logged). Unset, and no REDIS_CLUSTER_NODES or REDIS_SENTINELS: 127.0.0.1:6379 if it answers, else a spawned `redis-server`.',
  },
  REDIS_CLUSTER_NODES: {
    schema: redisNodes,
    example: 'redis-0:6379,redis-1:6379,redis-2:6379',
    description:
      'Redis Cluster instead of REDIS_URL: some of its nodes as host:port (the rest are discovered). Needs a FLUXOPS_QUEUE_PREFIX with a `{hash tag}`; credentials and TLS from REDIS_USERNAME, REDIS_PASSWORD, REDIS_TLS.',
  },
  REDIS_SENTINELS: {
    schema: redisNodes,
    example: 'sentinel-0:26379,sentinel-1:26379,sentinel-2:26379',
    description:
      'Redis Sentinel instead of REDIS_URL: the sentinels as host:port; fluxops connects to the master they name for REDIS_SENTINEL_NAME and follows a failover. Credentials and TLS of the master from REDIS_USERNAME, REDIS_PASSWORD, REDIS_TLS.',
  },
  REDIS_SENTINEL_NAME: {
    schema: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be 1-100 letters, digits, . _ -'),
    example: 'mymaster',
    description: 'With REDIS_SENTINELS (required there): the master name the sentinels monitor.',
  },
  REDIS_SENTINEL_USERNAME: {
    schema: z.string().min(1),
    example: 'sentinel-user',
    description: 'With REDIS_SENTINELS: the ACL user of the sentinels themselves, when they have one.',
  },
  REDIS_SENTINEL_PASSWORD: {
    schema: z.string().min(1),
    example: 'the-sentinels-password',
    description:
      'With REDIS_SENTINELS: the password of the sentinels themselves (their `requirepass`; often the data nodes’ password too, then set both); never logged.',
  },
  REDIS_USERNAME: {
    schema: z.string().min(1),
    example: 'fluxops',
    description:
      'With REDIS_CLUSTER_NODES or REDIS_SENTINELS: the ACL user of the data nodes (REDIS_URL carries its own).',
  },
  REDIS_PASSWORD: {
    schema: z.string().min(1),
    example: 'a-long-random-password',
    description:
      'With REDIS_CLUSTER_NODES or REDIS_SENTINELS: the password of the data nodes (an access key for Azure Cache for Redis); never logged.',
  },
  REDIS_TLS: {
    schema: bool,
    example: 'true',
    default: 'false',
    description:
      'With REDIS_CLUSTER_NODES or REDIS_SENTINELS: talk TLS to the data nodes (REDIS_URL says it with `rediss://`).',
  },
  FLUXOPS_QUEUE_PREFIX: {
    schema: z
      .string()
      .min(1, 'must not be empty')
      .regex(/^[^\s]+$/, 'must not contain spaces'),
    example: '{fluxops}',
    default: '{fluxops}',
    description:
      'Key prefix of every queue and state key. Its `{hash tag}` puts every key in one Redis Cluster slot, which scripts and transactions need; with REDIS_CLUSTER_NODES a prefix without one is refused at start.',
  },
} satisfies Record<string, Setting>;
