import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleDeliverer } from '../../../adapters/console/console-bus.ts';
import { sendMessage } from '../../../adapters/console/console-client.ts';
import type { ConsoleLine } from '../../../adapters/console/console-protocol.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { createConnection } from '../../../jobs/connection.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import type { RedisClient } from '../../../src/platform/redis-client.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * Notify jobs run in parallel, so a job's updates can reach the console out of order: the stream
 * writes only newer versions of the message and nothing after its final reply.
 */
describe('console stream order', () => {
  let app: Fluxops;
  let publisher: RedisClient;
  beforeAll(async () => {
    app = await startTestApp(testConfig({ SANDBOX_OPERATION_MS: '2000' }));
    publisher = createConnection(app.redis, 'worker', createLogger('silent'));
  });
  afterAll(async () => {
    publisher?.disconnect();
    await app?.close();
  });

  it('drops an older update arriving after the final reply', async () => {
    const lines: Extract<ConsoleLine, { type: 'reply' }>[] = [];
    const deliverer = new ConsoleDeliverer(publisher, app.config.queuePrefix);
    const text =
      'flux create -n late -u https://github.com/x/y --branch main -g flux-demo-rg -c flux-demo-arc -t connectedClusters';
    for await (const line of sendMessage({ baseUrl: app.url! }, { user: 'alice', channel: 'order', text })) {
      if (line.type !== 'reply') continue;
      lines.push(line);
      if (line.key !== 'ack') continue;
      const key = line.reply.provenance!.jobId!;
      const address = { platform: 'console' as const, channel: 'order' };
      // The final version first, then a stale progress update, as parallel deliveries may order them.
      await deliverer.deliver({ address, key, seq: 1_000, reply: { title: text, status: 'succeeded', text: 'done' } });
      await deliverer.deliver({ address, key, seq: 999, reply: { title: text, status: 'running', text: 'stale' } });
    }
    expect(lines.map((l) => [l.reply.status, l.final])).toEqual([
      ['queued', false],
      ['succeeded', true],
    ]);
  });
});
