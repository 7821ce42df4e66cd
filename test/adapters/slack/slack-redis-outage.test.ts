import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { STATUS_EMOJI } from '../../../adapters/slack/render/status-emoji.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { pingRedis, resolveRedis } from '../../../src/platform/resolve-redis.ts';
import { queueUnavailableReply } from '../../../src/replies/submit-replies.ts';
import { headerStatus } from '../../support/slack/block-reading.ts';
import { commandBody, postSigned, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../../support/slack/signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from '../../support/slack/slack-recorder.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';
import { until } from '../../support/until.ts';

/**
 * The 3-second rule holds when Redis is gone: /flux is acked at once with "queue unavailable"
 * (a private redis-server is stopped under the running app), and commands work again, job message
 * included, once Redis is back.
 */
const LIST = 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('Slack ack during a Redis outage', () => {
  let app: Fluxops | undefined;
  let recorder: SlackRecorder | undefined;
  let revived: ChildProcess | undefined;
  afterAll(async () => {
    await app?.close().catch(() => {});
    revived?.kill('SIGTERM');
    await recorder?.close();
  });

  async function flux(channel: string): Promise<{ ms: number; blocks: string; type: string }> {
    const started = Date.now();
    const response = await postSigned(
      `${app!.url}/slack/events`,
      commandBody({ text: LIST, channel, responseUrl: recorder!.responseUrl(channel) }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_type: string; blocks: unknown[] };
    return { ms: Date.now() - started, blocks: JSON.stringify(body.blocks), type: body.response_type };
  }

  it('acks /flux within 3 s saying nothing was queued, and recovers when Redis is back', async () => {
    const redis = await resolveRedis({ localPort: 1 }, createLogger('silent'));
    recorder = await startSlackRecorder();
    app = await startTestApp(
      testConfig({
        REDIS_URL: redis.url,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
        SLACK_API_URL: recorder.apiUrl,
      }),
    );
    await redis.stop();
    const down = await flux('C0DOWN');
    expect(down.ms).toBeLessThan(3_000);
    expect(down.type).toBe('ephemeral');
    expect(headerStatus(JSON.parse(down.blocks))).toBe('failed');
    expect(down.blocks).toContain(`${STATUS_EMOJI.failed} ${queueUnavailableReply(LIST).title}`);

    const port = Number(new URL(redis.url).port);
    revived = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await until('the restarted Redis to answer PING', () => pingRedis('127.0.0.1', port), { intervalMs: 100 });
    const up = await until(
      'a Queued answer once Redis is back',
      async () => {
        const answer = await flux('C0UP');
        return headerStatus(JSON.parse(answer.blocks)) === 'queued' && answer;
      },
      { timeoutMs: 15_000, intervalMs: 300 },
    );
    expect(headerStatus(JSON.parse(up.blocks))).toBe('queued');
    // The workers are back too: the job's message reaches Slack (posted, then edited to its final state;
    // a fast job's coalesced message may go out once, already final).
    await recorder.waitFor(
      (r) => [...r.of('chat.postMessage'), ...r.of('chat.update')].some((c) => c.params.channel === 'C0UP'),
      20_000,
    );
  }, 60_000);
});
