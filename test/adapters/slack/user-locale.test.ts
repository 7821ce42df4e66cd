import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_SLACK_RATES, SlackBudgets } from '../../../adapters/slack/deliver/slack-budgets.ts';
import { UserLocaleCache } from '../../../adapters/slack/user-locale.ts';
import { createSlackWebClient } from '../../../adapters/slack/web-client.ts';
import { RateBudgets } from '../../../src/notify/rate-budgets.ts';
import type { SlackRates } from '../../../src/platform/config.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { type SlackRecorder, startSlackRecorder } from '../../support/slack/slack-recorder.ts';
import { deleteKeys, testPrefix } from '../../support/test-app.ts';

/** The locale lookup is cached and never holds a command for long, even when Slack is slow. */
describe('UserLocaleCache', () => {
  const url = 'redis://127.0.0.1:6379';
  const prefix = testPrefix();
  let recorder: SlackRecorder;
  let redis: Redis;
  const cache = (rates: SlackRates = PUBLISHED_SLACK_RATES) =>
    new UserLocaleCache(
      redis,
      prefix,
      createSlackWebClient({ botToken: 'xoxb-test', apiUrl: recorder.apiUrl }, createLogger('silent')),
      new SlackBudgets(new RateBudgets(redis, prefix), rates),
      createLogger('silent'),
    );

  beforeAll(async () => {
    recorder = await startSlackRecorder();
    redis = new Redis(url);
  });
  afterAll(async () => {
    redis?.disconnect();
    await recorder?.close();
    await deleteKeys(url, prefix);
  });

  it('asks users.info once, then answers from the cache (Redis, shared by processes)', async () => {
    recorder.setLocale('U0FR', 'fr-FR');
    expect(await cache().get('T0', 'U0FR')).toBe('fr-FR');
    expect(await cache().get('T0', 'U0FR')).toBe('fr-FR');
    const calls = recorder.of('users.info').filter((c) => c.params.user === 'U0FR');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.params.include_locale).toBe('true');
  });

  it('waits at most ~300 ms for a slow Slack, and keeps the late answer for next time', async () => {
    recorder.setLocale('U0SLOW', 'ja-JP');
    recorder.delay('users.info', 1_000);
    const locales = cache();
    const started = Date.now();
    expect(await locales.get('T0', 'U0SLOW')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(700);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await locales.get('T0', 'U0SLOW')).toBe('ja-JP');
    recorder.delay('users.info', 0);
  });

  it('remembers a failed lookup as "no locale" instead of asking again for every command', async () => {
    recorder.rateLimit('users.info', 60);
    const locales = cache();
    expect(await locales.get('T0', 'U0LIMITED')).toBeUndefined();
    expect(await cache().get('T0', 'U0LIMITED')).toBeUndefined();
    expect(recorder.of('users.info').filter((c) => c.params.user === 'U0LIMITED')).toHaveLength(1);
  });

  it('skips the lookup, without a call, once the workspace used its users.info budget', async () => {
    const rates = { ...PUBLISHED_SLACK_RATES, usersInfo: [{ max: 1, ms: 60_000 }] };
    recorder.setLocale('U0FIRST', 'de-DE');
    recorder.setLocale('U0SECOND', 'de-DE');
    expect(await cache(rates).get('T0BUDGET', 'U0FIRST')).toBe('de-DE');
    expect(await cache(rates).get('T0BUDGET', 'U0SECOND')).toBeUndefined();
    expect(recorder.of('users.info').filter((c) => c.params.user === 'U0SECOND')).toHaveLength(0);
    // Another workspace has a budget of its own.
    expect(await cache(rates).get('T0OTHER', 'U0SECOND')).toBe('de-DE');
  });

  it('holds the workspace budget after a 429, so the next lookups do not call Slack', async () => {
    recorder.rateLimit('users.info', 30);
    expect(await cache().get('T0HELD', 'U0A')).toBeUndefined();
    expect(await cache().get('T0HELD', 'U0B')).toBeUndefined();
    expect(recorder.of('users.info').filter((c) => c.params.user === 'U0B')).toHaveLength(0);
  });
});
