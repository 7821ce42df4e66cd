import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleBus, ConsoleDeliverer, consoleChannel } from '../../../adapters/console/console-bus.ts';
import { watchChannel } from '../../../adapters/console/console-client.ts';
import type { WatchLine } from '../../../adapters/console/console-protocol.ts';
import { registerConsoleWatchRoute } from '../../../adapters/console/console-watch-route.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import { Router } from '../../../src/platform/http-router.ts';
import { startHttpServer } from '../../../src/platform/http-server.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { testPrefix } from '../../support/test-app.ts';
import { until } from '../../support/until.ts';

/** The watch route on its own, over the real local Redis: heartbeats, the updateOnly and private rules, hang-up, the guard. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const TOKEN = 'let-me-in';

function message(key: string, seq: number, extra: Partial<NotifyMessage> = {}): NotifyMessage {
  return {
    address: { platform: 'console', channel: 'ops' },
    key,
    seq,
    reply: { status: 'info', title: `${key} #${seq}` },
    ...extra,
  };
}

async function lines(url: string, token?: string): Promise<Response> {
  return fetch(`${url}/console/channels/ops/stream`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('GET /console/channels/:channel/stream', () => {
  const prefix = testPrefix();
  let subscriber: Redis;
  let publisher: Redis;
  let server: Awaited<ReturnType<typeof startHttpServer>>;

  beforeAll(async () => {
    subscriber = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    publisher = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const router = new Router();
    registerConsoleWatchRoute(router, { bus: new ConsoleBus(subscriber, prefix), token: TOKEN, heartbeatMs: 40 });
    server = await startHttpServer({ router, host: '127.0.0.1', port: 0, logger: createLogger('silent') });
  });
  afterAll(async () => {
    await server?.close();
    subscriber?.disconnect();
    publisher?.disconnect();
  });

  it('needs the console token', async () => {
    expect((await lines(server.url)).status).toBe(401);
    expect((await lines(server.url, 'wrong')).status).toBe(401);
  });

  it('sends heartbeats on a quiet channel, then the messages, dropping updateOnly ones for keys it never showed', async () => {
    const response = await lines(server.url, TOKEN);
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const got: WatchLine[] = [];
    let buffer = '';
    const next = async (): Promise<WatchLine> => {
      while (!buffer.includes('\n')) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error('stream ended');
        buffer += chunk.value;
      }
      const at = buffer.indexOf('\n');
      const line = JSON.parse(buffer.slice(0, at)) as WatchLine;
      buffer = buffer.slice(at + 1);
      got.push(line);
      return line;
    };
    expect(await next()).toEqual({ type: 'ready', channel: 'ops' });
    expect(await next()).toEqual({ type: 'heartbeat' });

    const deliverer = new ConsoleDeliverer(publisher, prefix);
    await deliverer.deliver(message('preview-console-x', 1, { updateOnly: true }));
    // For its requester's command stream alone (the alerts setup key): never shown to a watcher.
    await deliverer.deliver(message('cmd-console-x-private', 1, { privateTo: { id: 'alice' } }));
    await deliverer.deliver(message('al-1', 1));
    await deliverer.deliver(message('al-1', 2, { updateOnly: true }));
    await deliverer.deliver(message('al-1-recovered', 1, { threadOf: 'al-1' }));
    const messages: WatchLine[] = [];
    while (messages.length < 3) {
      const line = await next();
      if (line.type === 'message') messages.push(line);
    }
    expect(messages).toEqual([
      { type: 'message', key: 'al-1', seq: 1, reply: { status: 'info', title: 'al-1 #1' } },
      { type: 'message', key: 'al-1', seq: 2, reply: { status: 'info', title: 'al-1 #2' } },
      {
        type: 'message',
        key: 'al-1-recovered',
        seq: 1,
        reply: { status: 'info', title: 'al-1-recovered #1' },
        threadOf: 'al-1',
      },
    ]);
    await reader.cancel();
  });

  it('lets go of the Redis subscription when the client hangs up', async () => {
    const abort = new AbortController();
    const stream = watchChannel({ baseUrl: server.url, token: TOKEN }, { channel: 'ops', signal: abort.signal });
    expect((await stream.next()).value).toEqual({ type: 'ready', channel: 'ops' });
    const subscribers = async () =>
      Number(((await publisher.pubsub('NUMSUB', consoleChannel(prefix, 'ops'))) as [string, number])[1]);
    expect(await subscribers()).toBe(1);
    abort.abort();
    expect((await stream.next()).done).toBe(true);
    await until('the subscription to end', async () => (await subscribers()) === 0);
    expect(await subscribers()).toBe(0);
  });
});
