import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { redisDurabilityWarnings } from '../../src/platform/redis-durability.ts';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.ts';

/** Real redis-servers with the settings under test: what each keeps across a restart decides the warning. */
describe('redis durability warnings', () => {
  const servers: PrivateRedis[] = [];
  const clients: Redis[] = [];
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    for (const server of servers) await server.stop();
  });

  async function warningsFor(args: string[]): Promise<string[]> {
    const server = await startPrivateRedis(args);
    servers.push(server);
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return redisDurabilityWarnings(client);
  }

  it('warns when Redis keeps nothing on disk', async () => {
    const warnings = await warningsFor([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('appendonly yes');
  });

  it('warns about an evicting memory policy', async () => {
    const warnings = await warningsFor(['--appendonly', 'yes', '--maxmemory-policy', 'allkeys-lru']);
    expect(warnings).toEqual([expect.stringContaining('maxmemory-policy is allkeys-lru')]);
  });

  it('says nothing for AOF with noeviction', async () => {
    expect(await warningsFor(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])).toEqual([]);
  });
});
