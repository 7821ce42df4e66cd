import { afterAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * Sandbox without FLUXOPS_ADMINS: every user is an admin, so the tour and local trials work
 * unchanged, and the start-up log says access control is off. With it set, sandbox enforces.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('access control in sandbox mode', () => {
  const apps: Fluxops[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('is off without FLUXOPS_ADMINS, says so at start-up, and lets anyone run an admin command', async () => {
    const log = recordingLogger('info');
    const app = await startTestApp(testConfig(), { logger: log.logger });
    apps.push(app);
    expect(log.lines().some((l) => l.level === 40 && l.msg.startsWith('access control is off'))).toBe(true);
    const reply = lastReply(await chat(app.url!, `use ${ARC} --no-check`, 'anyone', 'trial'));
    expect(reply.title).toBe('Channel cluster set');
  });

  it('enforces like production once FLUXOPS_ADMINS is set', async () => {
    const log = recordingLogger('info');
    const app = await startTestApp(testConfig({ FLUXOPS_ADMINS: 'console:alice' }), { logger: log.logger });
    apps.push(app);
    expect(log.lines().some((l) => l.msg.startsWith('access control is off'))).toBe(false);
    const refused = lastReply(await chat(app.url!, `use ${ARC} --no-check`, 'mallory', 'trial'));
    expect(refused.title).toBe('Not allowed');
    expect(refused.text).toBe(
      `\`use -g flux-demo-rg -c flux-demo-arc -t connectedClusters --no-check\` needs the admin role. You (console:mallory) hold no role here. Nothing was queued and nothing changed. An admin can grant it: console:alice.`,
    );
    expect(lastReply(await chat(app.url!, 'help', 'mallory', 'trial')).status).not.toBe('failed');
    expect(lastReply(await chat(app.url!, `use ${ARC} --no-check`, 'alice', 'trial')).title).toBe(
      'Channel cluster set',
    );
  });
});
