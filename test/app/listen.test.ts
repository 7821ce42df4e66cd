import { afterEach, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * The bind rule on the real app: where it listens is proven on the wire. 127.0.0.2 is this machine
 * too, but only a server bound to every interface answers there, so it plays "another host".
 */
describe('where the app listens', () => {
  let app: Fluxops | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const answersOn = async (host: string, port: string) =>
    fetch(`http://${host}:${port}/livez`).then(
      (r) => r.status,
      () => 'refused',
    );

  it('sandbox without HOST (Teams and console without auth): 127.0.0.1 only, and the log says so', async () => {
    const { logger, lines } = recordingLogger();
    app = await startTestApp(testConfig({ HOST: '', FLUXOPS_SANDBOX: 'true' }), { logger });
    const port = new URL(app.url!).port;
    expect(await answersOn('127.0.0.1', port)).toBe(200);
    expect(await answersOn('127.0.0.2', port)).toBe('refused');
    const listening = lines().find((l) => String(l.msg).startsWith('http ingress listening'));
    expect(listening).toMatchObject({ bound: `127.0.0.1:${port}`, host: 'bind rule' });
    expect(listening!.msg).toBe(`http ingress listening on 127.0.0.1:${port}`);
    expect(lines().filter((l) => String(l.msg).includes('WITHOUT AUTHENTICATION'))).toEqual([]);
  });

  it('HOST=0.0.0.0 with Teams auth off: every interface, one loud warning naming what is open', async () => {
    const { logger, lines } = recordingLogger();
    app = await startTestApp(testConfig({ HOST: '0.0.0.0', FLUXOPS_SANDBOX: 'true' }), { logger });
    const port = new URL(app.url!).port;
    expect(await answersOn('127.0.0.2', port)).toBe(200);
    const warnings = lines().filter((l) => String(l.msg).includes('WITHOUT AUTHENTICATION'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.level).toBe(40);
    expect(warnings[0]!.msg).toContain('HOST=0.0.0.0 serves Teams /api/messages (no MicrosoftAppId)');
    expect(warnings[0]!.msg).toContain('the console /console/* (no CONSOLE_TOKEN)');
    expect(lines().find((l) => String(l.msg).startsWith('http ingress listening'))).toMatchObject({
      bound: `0.0.0.0:${port}`,
      host: 'HOST',
    });
  });

  it('without HOST and with every ingress authenticated: every interface, no warning', async () => {
    const { logger, lines } = recordingLogger();
    app = await startTestApp(
      testConfig({
        HOST: '',
        FLUXOPS_SANDBOX: 'true',
        TEAMS_ENABLED: 'false',
        CONSOLE_TOKEN: 'a-long-random-string-1234',
      }),
      { logger },
    );
    const port = new URL(app.url!).port;
    expect(await answersOn('127.0.0.2', port)).toBe(200);
    expect(lines().filter((l) => l.level >= 40 && String(l.msg).includes('AUTHENTICATION'))).toEqual([]);
    expect(lines().find((l) => String(l.msg).startsWith('http ingress listening'))).toMatchObject({
      bound: `0.0.0.0:${port}`,
    });
  });
});
