import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { parseRateWindows } from '../../src/platform/parse-rate-windows.ts';

describe('parseRateWindows', () => {
  it('reads COUNT/DURATION windows separated by commas', () => {
    expect(parseRateWindows('50/60s')).toEqual([{ max: 50, ms: 60_000 }]);
    expect(parseRateWindows('7/1s, 8/2s,60/30s,1800/1h')).toEqual([
      { max: 7, ms: 1_000 },
      { max: 8, ms: 2_000 },
      { max: 60, ms: 30_000 },
      { max: 1_800, ms: 3_600_000 },
    ]);
  });

  it('refuses a bare number of seconds, a zero count and anything else', () => {
    for (const bad of ['50/60', '0/1s', '50', '/1s', '5/0s', '5/1s,', 'x/1s'])
      expect(parseRateWindows(bad)).toBeUndefined();
  });

  it('defaults the Slack budgets to the published tiers, and says how to write one', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' };
    expect(loadConfig(slack).slack?.rates).toEqual({
      chatUpdate: [{ max: 50, ms: 60_000 }],
      postMessage: [{ max: 3, ms: 3_000 }],
      usersInfo: [{ max: 100, ms: 60_000 }],
    });
    expect(() => loadConfig({ ...slack, SLACK_RATE_CHAT_UPDATE: '50/60' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...slack, SLACK_RATE_CHAT_UPDATE: '50/60' })).toThrow(
      'Invalid SLACK_RATE_CHAT_UPDATE="50/60": must be COUNT/DURATION windows separated by commas, like 50/60s or 7/1s,60/30s. Example: SLACK_RATE_CHAT_UPDATE=50/60s',
    );
  });
});
