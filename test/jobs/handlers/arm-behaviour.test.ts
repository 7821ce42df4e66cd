import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { chat, lastReply } from '../../support/console/console-client.ts';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';
import { until } from '../../support/until.ts';

/**
 * How the worker and handlers answer ARM's failure modes, through the whole app (console → BullMQ →
 * worker → real SDK over HTTPS → stand-in): 429 waits Retry-After, 5xx retries, other 4xx fail once.
 */
describe('ARM failure modes through the worker', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    lastReply(await chat(app.url!, TUTORIAL_CREATE));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('waits at least Retry-After after a 429 before trying again', async () => {
    const sandbox = app.sandbox!;
    sandbox.faults.throttleNext(1, 3, { method: 'GET', pathIncludes: '/fluxConfigurations/cluster-config' });
    const lines = await chat(app.url!, `flux show -n cluster-config ${ARC}`);
    const final = lastReply(lines);
    expect(final.status).toBe('succeeded');
    expect(lines.some((l) => l.reply.text?.includes('waiting 3 s as its Retry-After asks'))).toBe(true);
    const gets = sandbox.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/fluxConfigurations/cluster-config'),
    );
    const throttled = gets.findIndex((r) => r.status === 429);
    expect(throttled).toBeGreaterThanOrEqual(0);
    const next = gets[throttled + 1]!;
    // BullMQ's first backoff would be ≤ 2 s; only honouring Retry-After makes the gap ≥ 3 s.
    expect(Date.parse(next.at) - Date.parse(gets[throttled]!.at)).toBeGreaterThanOrEqual(3_000);
    expect(next.status).toBe(200);
  }, 20_000);

  it('retries a 5xx with backoff and succeeds', async () => {
    const sandbox = app.sandbox!;
    sandbox.faults.serverErrorNext(1, 503, { method: 'GET', pathIncludes: '/extensions/flux' });
    const lines = await chat(app.url!, `extension show -n flux ${ARC}`);
    expect(lastReply(lines).status).toBe('succeeded');
    expect(
      lines.some(
        (l) => l.reply.text?.includes('ServiceUnavailable') && l.reply.text.includes('retrying (attempt 2 of 5)'),
      ),
    ).toBe(true);
  }, 20_000);

  it('fails a 4xx once, with the ARM code, message and details, and does not retry', async () => {
    const sandbox = app.sandbox!;
    const before = writes(sandbox, 'PATCH', '/extensions/flux').length;
    sandbox.faults.failNext({
      method: 'PATCH',
      pathIncludes: '/extensions/flux',
      status: 400,
      code: 'InvalidRequestContent',
      message: 'The request content was invalid and could not be deserialized.',
    });
    const final = lastReply(await chat(app.url!, `drift on ${ARC}`));
    expect(final.status).toBe('failed');
    expect(final.text).toBe('The request content was invalid and could not be deserialized.');
    expect(final.fields).toContainEqual({ label: 'Error', value: 'InvalidRequestContent' });
    expect(writes(sandbox, 'PATCH', '/extensions/flux').length - before).toBe(1);
  });

  it('turns MissingSubscriptionRegistration into the three provider register commands', async () => {
    app.sandbox!.faults.failNext({
      method: 'GET',
      pathIncludes: '/fluxConfigurations',
      status: 409,
      code: 'MissingSubscriptionRegistration',
      message: "The subscription is not registered to use namespace 'Microsoft.KubernetesConfiguration'.",
    });
    const final = lastReply(await chat(app.url!, `flux list ${ARC}`));
    expect(final.status).toBe('failed');
    expect(replyText(final)).toContain(
      'az provider register --namespace Microsoft.Kubernetes\naz provider register --namespace Microsoft.ContainerService\naz provider register --namespace Microsoft.KubernetesConfiguration',
    );
  });
});

describe('409 while another operation runs', () => {
  let h: Harness | undefined;
  afterAll(async () => {
    await h?.close();
  });

  it('waits for the running operation, says so, then sends its own write once', async () => {
    h = await startHarness({ operationDelayMs: 600 });
    const install = h.run(`extension create -n flux --extension-type microsoft.flux ${ARC}`);
    const { sandbox } = h;
    await until('the extension PUT', () => writes(sandbox, 'PUT', '/extensions/flux').length > 0, { intervalMs: 10 });
    const { reply, progress } = await h.run(`loglevel source-controller=error ${ARC}`, undefined, {
      pollIntervalsMs: [100],
    });
    expect(
      progress.some((p) => p.text?.includes('Azure reports another operation in progress (AnotherOperationInProgress')),
    ).toBe(true);
    expect(progress.some((p) => p.text?.includes('waiting for it to finish, then sending ours'))).toBe(true);
    const patches = writes(h.sandbox, 'PATCH', '/extensions/flux');
    expect(patches.map((p) => p.status)).toEqual([409, 202]);
    expect(reply.status).toBe('succeeded');
    expect(reply.tables?.[0]?.rows).toEqual([['source-controller.log-level', 'info (default)', 'error']]);
    expect((await install).reply.status).toBe('succeeded');
  });
});
