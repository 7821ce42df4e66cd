import { afterEach, describe, expect, it } from 'vitest';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { until } from '../support/until.ts';

/**
 * `node --import tsx app/main.ts` as `npm start` runs it, with nothing but the given environment:
 * where it listens and what it writes are read from its own output.
 */
const TEAMS_AUTH = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
};

describe('npm start (app/main.ts)', () => {
  let started: Started | undefined;
  afterEach(async () => {
    if (started) await stopMain(started);
    started = undefined;
  });

  it('listens on 127.0.0.1 only without HOST, refuses an uncheckable token with the fixed 401, and writes JSON lines only', async () => {
    started = await startMain(TEAMS_AUTH);
    const listening = started.lines().find((l) => String(l.msg).startsWith('http ingress listening'));
    expect(listening).toMatchObject({ bound: `127.0.0.1:${started.port}` });

    // A JWT-shaped token whose signing keys botbuilder cannot fetch (or does not find): its error
    // objects must not reach the output as multi-line stack traces.
    const now = Math.floor(Date.now() / 1000);
    const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = [
      segment({ alg: 'RS256', typ: 'JWT', kid: 'fluxops-test-unpublished-key' }),
      segment({ iss: 'https://api.botframework.com', aud: TEAMS_AUTH.MicrosoftAppId, nbf: now - 60, exp: now + 3600 }),
      Buffer.from('not-a-signature').toString('base64url'),
    ].join('.');
    const response = await fetch(`http://127.0.0.1:${started.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/teams/',
        from: { id: '29:alice' },
        recipient: { id: '28:fluxops-bot' },
        conversation: { id: 'a:personal' },
        text: 'help',
      }),
    });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).not.toMatch(/botframework\.com|ENOTFOUND|getaddrinfo|stack/i);
    const app = started;
    await until('the refusal in the log', () =>
      app.lines().some((l) => String(l.msg).startsWith('teams: activity refused')),
    );
    started = undefined;
    await stopMain(app);
    expect(app.stderr()).toBe('');
    expect(() => app.lines()).not.toThrow();
  }, 90_000);

  it('with HOST=0.0.0.0 and Teams auth off, listens everywhere and warns once, loudly', async () => {
    started = await startMain({ HOST: '0.0.0.0' });
    const warnings = started.lines().filter((l) => String(l.msg).includes('WITHOUT AUTHENTICATION'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, host: '0.0.0.0' });
    expect(String(warnings[0]!.msg)).toContain('Teams /api/messages (no MicrosoftAppId)');
    expect(started.lines().find((l) => String(l.msg).startsWith('http ingress listening'))).toMatchObject({
      bound: `0.0.0.0:${started.port}`,
    });
  }, 90_000);
});
