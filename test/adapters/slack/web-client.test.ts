import { ErrorCode } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackWebClient } from '../../../adapters/slack/web-client.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { type SlackRecorder, startSlackRecorder } from '../../support/slack/slack-recorder.ts';

/** The Web API client hands a 429 back at once instead of pausing and retrying inside the SDK. */
describe('createSlackWebClient', () => {
  let recorder: SlackRecorder;
  beforeAll(async () => {
    recorder = await startSlackRecorder();
  });
  afterAll(async () => {
    await recorder?.close();
  });

  it('rejects a rate-limited call at once with Retry-After, calling Slack once', async () => {
    const client = createSlackWebClient({ botToken: 'xoxb-test', apiUrl: recorder.apiUrl }, createLogger('silent'));
    recorder.rateLimit('chat.postMessage', 30);
    const started = Date.now();
    const error = await client.chat.postMessage({ channel: 'C0RL', text: 'hi' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 30 });
    expect(recorder.of('chat.postMessage').filter((c) => c.params.channel === 'C0RL')).toHaveLength(1);
  });

  it('sends the bot token as a bearer header to SLACK_API_URL', async () => {
    const client = createSlackWebClient({ botToken: 'xoxb-test', apiUrl: recorder.apiUrl }, createLogger('silent'));
    await client.auth.test();
    expect(recorder.of('auth.test').at(-1)?.authorized).toBe(true);
  });
});
