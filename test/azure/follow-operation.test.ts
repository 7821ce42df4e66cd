// Long-running operations by Azure's rules ("Track asynchronous Azure operations"), proven against the ARM
// stand-in, which answers as awkwardly as ARM: a PUT on an existing resource gets 200 with only the published
// example's unpollable Operation-Location, status URLs are absolute and signed, status answers carry Retry-After.
import { afterEach, describe, expect, it } from 'vitest';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE } from '../support/handlers/harness.ts';
import { replyText } from '../support/replies/reply-text.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const statusPolls = (h: Harness) =>
  h.sandbox.requests.filter((r) => r.method === 'GET' && /\/operations\/[^/]+$/i.test(r.path));

describe('long-running operations', () => {
  it('case 1: re-running flux create on an existing configuration is done at ARM’s 200, nothing polled', async () => {
    harness = await startHarness();
    expect((await harness.run(TUTORIAL_CREATE)).reply.status).toBe('succeeded');
    const pollsBefore = statusPolls(harness).length;
    const again = await harness.run(TUTORIAL_CREATE);
    expect(again.reply.status, replyText(again.reply)).toBe('succeeded');
    const puts = harness.sandbox.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/cluster-config'));
    expect(puts.map((r) => r.status)).toEqual([201, 200]);
    expect(statusPolls(harness).length).toBe(pollsBefore);
    expect(harness.sandbox.requests.some((r) => r.path.includes('operationId'))).toBe(false);
  });

  it('case 1: the tutorial’s k8s-extension create -n flux on the installed extension succeeds', async () => {
    harness = await startHarness();
    await harness.run(TUTORIAL_CREATE);
    const create = `az k8s-extension create ${ARC} --name flux --extension-type microsoft.flux`;
    const run = await harness.run(create);
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    expect(replyText(run.reply)).toContain('Extension flux is installed.');
  });

  it('case 1: a PUT that changes an existing resource (200, Updating, no async header) is followed on the resource', async () => {
    harness = await startHarness();
    await harness.run(TUTORIAL_CREATE);
    const changed = TUTORIAL_CREATE.replace('--branch main', '--branch release');
    const run = await harness.run(changed);
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    const log = harness.sandbox.requests;
    const put = log.findLastIndex((r) => r.method === 'PUT' && r.path.endsWith('/fluxConfigurations/cluster-config'));
    expect(log[put]?.status).toBe(200);
    const followed = log
      .slice(put + 1)
      .filter((r) => r.method === 'GET' && r.path.endsWith('/fluxConfigurations/cluster-config'));
    expect(followed.length).toBeGreaterThan(0);
    expect(
      harness.sandbox.world.fluxConfiguration({ name: 'flux-demo-arc' }, 'cluster-config')?.properties.gitRepository
        ?.repositoryRef,
    ).toMatchObject({
      branch: 'release',
    });
  });

  it('case 2: polls the Azure-AsyncOperation URL exactly as given, signed query included', async () => {
    harness = await startHarness();
    await harness.run(TUTORIAL_CREATE);
    const run = await harness.run(`flux update -n cluster-config ${ARC} --suspend`);
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    const polls = statusPolls(harness);
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      expect(poll.query).toMatch(/(^|&)sig=/);
      expect(poll.status).toBe(200);
    }
  });

  it('case 3: waits what Retry-After asks between two polls of a running operation', async () => {
    harness = await startHarness({ operationDelayMs: 2_600 });
    await harness.run(TUTORIAL_CREATE, undefined, { pollIntervalsMs: [20] });
    const before = statusPolls(harness).length;
    const run = await harness.run(`flux update -n cluster-config ${ARC} --suspend`, undefined, {
      pollIntervalsMs: [20],
    });
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    const polls = statusPolls(harness).slice(before);
    // Retry-After: 3 (2.6 s left) on the first poll: a second poll comes no sooner; 20 ms polling would send ~100.
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.length).toBeLessThanOrEqual(3);
    expect(Date.parse(polls[1]!.at) - Date.parse(polls[0]!.at)).toBeGreaterThanOrEqual(2_900);
  }, 20_000);

  it('follows a 202 that carries only Location: 202 while running, 200 once done', async () => {
    harness = await startHarness({ operationDelayMs: 300 });
    await harness.run(TUTORIAL_CREATE);
    harness.sandbox.faults.answerWithLocationNext(1);
    const run = await harness.run(`flux update -n cluster-config ${ARC} --suspend`);
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    const polls = harness.sandbox.requests.filter((r) => r.method === 'GET' && /(^|&)style=location/.test(r.query));
    expect(polls.map((p) => p.status)).toContain(202);
    expect(polls.at(-1)?.status).toBe(200);
    expect(run.reply.text).toContain('cluster-config is Suspended.');
  });
});
