import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../support/alerts/alerts-app.ts';
import { drained } from '../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { probeLatency } from '../support/http/probe-latency.ts';

/**
 * A channel subscribed with a catastrophic `--exclude` (`^([A-Za-z/-]+)+X$`: with a backtracking
 * engine a 29-character subject blocked the event loop ~40 s, doubling per character) and a stream of
 * signed Flux events for it: the process keeps answering GET /livez within 100 ms, and the pattern
 * still excludes exactly what it matches. The test process shares its event loop and the machine's
 * cores with the app and with other test files, so the typical (median) probe must answer within
 * 100 ms and none may take a second (the backtracking engine took 40 s on the first 29-character
 * subject); a loaded two-core machine can delay single probes past 100 ms for reasons of its own.
 */
const CATASTROPHIC = '^([A-Za-z/-]+)+X$';
const CHANNEL = 'C-RD';

describe('a catastrophic --exclude pattern under a stream of events', () => {
  let t: AlertsTestApp;
  let key: string;

  beforeAll(async () => {
    // Above the stream's size, so each alert is its own message rather than a digest.
    t = await startAlertsApp({ ALERT_BURST: '100' });
    key = await t.keys.rotate(CLUSTER);
    await t.subscriptions.add(subscription('slack', CHANNEL, { namespaces: ['rd'], exclude: CATASTROPHIC }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('leaves /livez answering within 100 ms and excludes only the matching objects', async () => {
    // Subjects of 19 to 29 characters ("Kustomization/rd/" and 2 to 12 letters): 0.04 to 40 s each on a
    // backtracking engine. Names ending in X match the pattern and are excluded.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const names = Array.from(
      { length: 40 },
      (_, i) => `${letters[i % 26]}${letters[Math.floor(i / 26)]}${'q'.repeat(i % 11)}${i % 10 === 9 ? 'X' : ''}`,
    );
    const probe = await probeLatency(`${t.app.url}/livez`);
    for (const [second, name] of names.entries()) {
      const event = helmReleaseEvent({ kind: 'Kustomization', namespace: 'rd', name, reason: 'BuildFailed', second });
      expect((await postFluxEvent(t.app.url!, CLUSTER, event, key)).status).toBe(202);
    }
    await drained(t.app.redisUrl, t.config.queuePrefix);
    const latencies = await probe.stop();

    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted.length).toBeGreaterThan(5);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(100);
    expect(sorted.at(-1)).toBeLessThan(1_000);
    const alerted = t.slack.keys(CHANNEL).map((messageKey) => t.slack.latest(messageKey)?.reply.title ?? '');
    const delivered = names.filter((name) => !name.endsWith('X'));
    expect(alerted).toHaveLength(delivered.length);
    for (const name of delivered) expect(alerted.some((title) => title.includes(`rd/${name} `))).toBe(true);
  });
});
