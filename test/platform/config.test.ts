import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../app/load-app-config.ts';
import { ConfigError, loadConfig, SANDBOX_SUBSCRIPTION_ID } from '../../src/platform/config.ts';

/** Through the composition root's loader, which adds the stand-in's SANDBOX_FAULTS check to loadConfig's. */
function errorOf(env: Record<string, string>): string {
  try {
    loadAppConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to sandbox mode with the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.sandbox).toBe(true);
    expect(config.role).toBe('all');
    expect(config.port).toBe(3978);
    expect(config.queuePrefix).toBe('{fluxops}');
    expect(config.azure.subscriptionId).toBe(SANDBOX_SUBSCRIPTION_ID);
    expect(config.complianceDeadlineMs).toBe(600_000);
    expect(config.slack).toBeUndefined();
  });

  it('uses real Azure when a subscription is set, unless sandbox is forced', () => {
    const sub = '11111111-2222-3333-4444-555555555555';
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ AZURE_SUBSCRIPTION_ID: sub, FLUXOPS_SECRET_KEY: key }).sandbox).toBe(false);
    expect(loadConfig({ AZURE_SUBSCRIPTION_ID: sub, FLUXOPS_SANDBOX: 'true' }).sandbox).toBe(true);
  });

  it.each([
    [
      { PORT: 'abc' },
      'Invalid PORT="abc": must be a whole number from 0 to 65535 (0 picks a free port). Example: PORT=3978',
    ],
    [
      { PORT: '70000' },
      'Invalid PORT="70000": must be a whole number from 0 to 65535 (0 picks a free port). Example: PORT=3978',
    ],
    [
      { FLUXOPS_ROLE: 'both' },
      'Invalid FLUXOPS_ROLE="both": must be one of all, web, worker. Example: FLUXOPS_ROLE=all',
    ],
    [
      { REDIS_URL: 'localhost:6379' },
      'Invalid REDIS_URL="localhost:6379": must be a redis:// or rediss:// URL. Example: REDIS_URL=redis://127.0.0.1:6379',
    ],
    [
      { COMPLIANCE_DEADLINE: '10 minutes' },
      'Invalid COMPLIANCE_DEADLINE="10 minutes": must be a duration like 10m, 90s or 1h30m. Example: COMPLIANCE_DEADLINE=10m',
    ],
    [
      { COMPLIANCE_DEADLINE: '10' },
      'Invalid COMPLIANCE_DEADLINE="10": must be a duration like 10m, 90s or 1h30m. Example: COMPLIANCE_DEADLINE=10m',
    ],
    [
      { SANDBOX_FAULTS: 'bogus' },
      'Invalid SANDBOX_FAULTS="bogus": unknown fault \'bogus\' (expected throttle, 5xx, fail or fail-op). Example: SANDBOX_FAULTS=throttle:2',
    ],
    [
      { AZURE_SUBSCRIPTION_ID: 'my-sub' },
      'Invalid AZURE_SUBSCRIPTION_ID="my-sub": must be a GUID. Example: AZURE_SUBSCRIPTION_ID=00000000-0000-0000-0000-000000000000',
    ],
    [
      { AZURE_CLOUD: 'Public' },
      'Invalid AZURE_CLOUD="Public": must be one of AzurePublicCloud, AzureChinaCloud, AzureUSGovernment. Example: AZURE_CLOUD=AzurePublicCloud',
    ],
    [
      { FLUXOPS_SANDBOX: 'maybe' },
      'Invalid FLUXOPS_SANDBOX="maybe": must be true or false. Example: FLUXOPS_SANDBOX=true',
    ],
  ])('rejects %o with one line naming the variable, the problem and an example', (env, message) => {
    expect(errorOf(env)).toBe(message);
  });

  it('never echoes a secret value in an error', () => {
    const message = errorOf({ SLACK_BOT_TOKEN: 'not-a-bot-token-SECRET', SLACK_SIGNING_SECRET: 'x' });
    expect(message).toBe('Invalid SLACK_BOT_TOKEN=(hidden): must start with xoxb-. Example: SLACK_BOT_TOKEN=xoxb-…');
    expect(message).not.toContain('SECRET');
  });

  it('requires a lasting sealing key when web and worker run apart, and outside sandbox mode', () => {
    expect(errorOf({ FLUXOPS_ROLE: 'web' })).toBe(
      'Invalid FLUXOPS_SECRET_KEY (unset): required when FLUXOPS_ROLE=web, shared by web and worker; make one with `openssl rand -base64 32`. Example: FLUXOPS_SECRET_KEY=q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
    );
    expect(errorOf({ AZURE_SUBSCRIPTION_ID: '11111111-2222-3333-4444-555555555555' })).toBe(
      'Invalid FLUXOPS_SECRET_KEY (unset): required when outside sandbox mode, so restarts can read what was sealed; make one with `openssl rand -base64 32`. Example: FLUXOPS_SECRET_KEY=q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
    );
  });

  it('refuses real Azure without a subscription', () => {
    expect(errorOf({ FLUXOPS_SANDBOX: 'false' })).toBe(
      'Invalid FLUXOPS_SANDBOX="false": real Azure needs AZURE_SUBSCRIPTION_ID. Example: AZURE_SUBSCRIPTION_ID=00000000-0000-0000-0000-000000000000',
    );
  });

  it('refuses Teams with auth off outside sandbox mode', () => {
    expect(
      errorOf({
        AZURE_SUBSCRIPTION_ID: '11111111-2222-3333-4444-555555555555',
        FLUXOPS_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
        TEAMS_ENABLED: 'true',
      }),
    ).toBe(
      'Invalid TEAMS_ENABLED="true": outside sandbox mode Teams needs MicrosoftAppId (auth cannot be off). Example: MicrosoftAppId=11111111-2222-3333-4444-555555555555',
    );
  });

  it('needs a way in for Slack', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toBe(
      'Invalid SLACK_SIGNING_SECRET (unset): Slack over HTTP needs the signing secret (or set SLACK_APP_TOKEN for Socket Mode). Example: SLACK_SIGNING_SECRET=8f7e…',
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });
});
