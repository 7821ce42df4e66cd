import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullNotifyQueue } from '../../../jobs/notify-queue.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { headerStatus } from '../../support/slack/block-reading.ts';
import { commandBody, postSigned } from '../../support/slack/signed-request.ts';
import type { RecordedCall } from '../../support/slack/slack-recorder.ts';
import { type SlackTestApp, startSlackTestApp } from '../../support/slack/slack-test-app.ts';

/**
 * The outbound side against the Slack recorder: what fluxops sends to the Web API, in which order
 * and at which pace, for a real sandbox job and for messages put on the real notify queue.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[]; fields?: { text: string }[] };

function chatCalls(calls: RecordedCall[], channel: string): RecordedCall[] {
  return calls.filter((c) => c.method.startsWith('chat.') && c.params.channel === channel);
}

/** The most posts inside any `ms`-long stretch (chat.postMessage's channel budget: 3 in any 3 s). */
function busiest(calls: RecordedCall[], ms: number): number {
  const times = calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.at);
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + ms).length));
}

function blocksOf(call: RecordedCall): Block[] {
  return (call.params.blocks ?? []) as Block[];
}

function texts(blocks: Block[]): string[] {
  return blocks
    .flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e) => e.text), ...(b.fields ?? []).map((f) => f.text)])
    .filter((t): t is string => typeof t === 'string');
}

describe('Slack delivery', () => {
  let t: SlackTestApp;
  let redis: Redis;
  let notify: BullNotifyQueue;

  beforeAll(async () => {
    t = await startSlackTestApp();
    redis = new Redis(t.app.redisUrl);
    notify = new BullNotifyQueue(redis, t.app.config.queuePrefix);
  });
  afterAll(async () => {
    await notify?.close();
    redis?.disconnect();
    await t?.close();
  });

  const address = (channel: string) => ({ platform: 'slack' as const, channel, extra: { team: 'T0TEST' } });
  const send = (channel: string, key: string, seq: number, reply: Reply) =>
    notify.notify({ address: address(channel), key, seq, reply } satisfies NotifyMessage);

  it('posts a sandbox job message once, then updates it in place with the result', async () => {
    const channel = 'C0LIST';
    t.recorder.setLocale('U0JA', 'ja-JP');
    const ack = await postSigned(
      t.eventsUrl,
      commandBody({
        text: `flux list ${ARC}`,
        channel,
        user: 'U0JA',
        userName: 'kenji',
        responseUrl: t.recorder.responseUrl('l'),
      }),
    );
    expect(ack.status).toBe(200);
    const ackedJobId = JSON.stringify(await ack.json()).match(/cmd-slack-[0-9a-f]{32}/)?.[0];
    await t.recorder.waitFor((r) =>
      chatCalls(r.calls, channel).some((c) => JSON.stringify(c.params.blocks).includes(':white_check_mark:')),
    );
    const calls = chatCalls(t.recorder.calls, channel);
    // One post, then edits of it. The "queued" note is skipped when the result was queued before it
    // went out (updates coalesce: latest wins), so the post may already show the result.
    const [post, ...updates] = calls as [RecordedCall, ...RecordedCall[]];
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage', ...updates.map(() => 'chat.update')]);
    expect(updates.length).toBeLessThanOrEqual(1);
    expect(headerStatus(post.params.blocks)).toBe(updates.length === 1 ? 'queued' : 'succeeded');
    expect(post.params.thread_ts).toBeUndefined();
    // An update edits the very message the post created.
    expect(post.response?.ts).toMatch(/^\d+\.\d{6}$/);
    for (const update of updates) expect(update.params.ts).toBe(post.response?.ts);
    const update = calls.at(-1)!;
    const final = texts(blocksOf(update)).join('\n');
    expect(headerStatus(update.params.blocks)).toBe('succeeded');
    // The "queued" ack named the very job that ran.
    expect(ackedJobId).toBeDefined();
    // kenji's users.info locale is ja-JP: the job's message speaks Japanese (its chrome, at least).
    expect(final).toContain(`ジョブ \`${ackedJobId}\``);
    // The context line names who asked and the cluster (ReplyProvenance.requestedBy, .cluster).
    expect(final).toContain('依頼者 kenji');
    expect(final).toContain('クラスター flux-demo-arc (connectedClusters');
    expect(post.authorized && update.authorized).toBe(true);
    // The locale was looked up once (users.info include_locale) and is cached from then on.
    const lookups = t.recorder.of('users.info').filter((c) => c.params.user === 'U0JA');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.params.include_locale).toBe('true');
    const cached = await redis.get(`${t.app.config.queuePrefix}:slack:locale:T0TEST:U0JA`);
    expect(cached).toBe('ja-JP');
    // Known from then on, the language answers in the ack too: `help` comes back in Japanese at once.
    const help = await postSigned(
      t.eventsUrl,
      commandBody({ text: 'help', channel, user: 'U0JA', userName: 'kenji', responseUrl: t.recorder.responseUrl('h') }),
    );
    expect(JSON.stringify(await help.json())).toContain('fluxops — チャットから Azure GitOps (Flux v2)');
  });

  it('follows a multi-step command (flux create) in one message: posted once, then updated to the result', async () => {
    const channel = 'C0CREATE';
    const create =
      'az k8s-configuration flux create -g flux-demo-rg -c flux-demo-arc -n cluster-config --namespace cluster-config -t connectedClusters --scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=infra path=./infrastructure prune=true --kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]';
    const ack = await postSigned(
      t.eventsUrl,
      commandBody({ text: create, channel, responseUrl: t.recorder.responseUrl('c') }),
    );
    expect(headerStatus(((await ack.json()) as { blocks: unknown }).blocks)).toBe('queued');
    const topLevel = () => chatCalls(t.recorder.calls, channel).filter((c) => c.params.thread_ts === undefined);
    const finished = (c: RecordedCall) =>
      ['succeeded', 'failed', 'warning'].includes(headerStatus(c.params.blocks) ?? '');
    await t.recorder.waitFor(() => topLevel().some(finished), 25_000);
    const [post, ...updates] = topLevel();
    expect(post?.method).toBe('chat.postMessage');
    expect(updates.length).toBeGreaterThanOrEqual(1);
    for (const update of updates) {
      expect(update.method).toBe('chat.update');
      expect(update.params.ts).toBe(post?.response?.ts);
    }
    expect(headerStatus(updates.at(-1)?.params.blocks)).toBe('succeeded');
  }, 30_000);

  it('puts long output in the thread, split under Slack limits, ending with "N more"', async () => {
    const channel = 'C0LONG';
    const rows = Array.from({ length: 400 }, (_, i) => [
      `config-${i}`,
      'flux-system',
      'Compliant',
      'Succeeded',
      `https://github.com/example/repo-${i}.git`,
    ]);
    const detail = Array.from(
      { length: 3000 },
      (_, i) =>
        `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z line ${i} <kustomization> & reconciled ${'x'.repeat(60)}`,
    );
    await send(channel, 'job-long', 10, {
      title: 'flux list',
      status: 'succeeded',
      text: '400 flux configurations.',
      tables: [{ columns: ['NAME', 'NAMESPACE', 'COMPLIANCE', 'PROVISIONING', 'SOURCE'], rows }],
      detail: { title: 'Controller log', lines: detail },
    });
    await t.recorder.waitFor(
      (r) => chatCalls(r.calls, channel).some((c) => JSON.stringify(c.params.blocks).includes('more lines not shown')),
      20_000,
    );
    const calls = chatCalls(t.recorder.calls, channel);
    const [main, ...thread] = calls as [RecordedCall, ...RecordedCall[]];
    expect(main.method).toBe('chat.postMessage');
    expect(main.params.thread_ts).toBeUndefined();
    expect(JSON.stringify(main.params.blocks)).toContain('more rows — in the thread');
    expect(thread.length).toBeGreaterThan(1);
    expect(thread.length).toBeLessThanOrEqual(5);
    for (const call of calls) {
      expect(blocksOf(call).length).toBeLessThanOrEqual(50);
      for (const text of texts(blocksOf(call))) expect(text.length).toBeLessThanOrEqual(3000);
    }
    for (const reply of thread) {
      expect(reply.method).toBe('chat.postMessage');
      expect(reply.params.thread_ts).toBe(main.response?.ts);
    }
    // All thread replies hang under the job's message, in order: the table first, then the log.
    const threadText = thread.map((c) => texts(blocksOf(c)).join('\n')).join('\n');
    expect(threadText.indexOf('config-399')).toBeGreaterThan(0);
    expect(threadText.indexOf('config-399')).toBeLessThan(threadText.indexOf('line 0 '));
    expect(threadText).toContain('&lt;kustomization&gt; &amp; reconciled');
    // Paced by the channel's chat.postMessage budget: about 1 a second, bursts of at most 3.
    expect(busiest(calls, 3_000 - 100)).toBeLessThanOrEqual(3);
  }, 30_000);

  it('answers a 429 by waiting for Retry-After and posting then — not by dropping the message', async () => {
    const channel = 'C0LIMIT';
    t.recorder.rateLimit('chat.postMessage', 1, 1);
    await send(channel, 'job-429', 10, { title: 'flux show cluster-config', status: 'succeeded', text: 'Compliant.' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).length >= 2, 15_000);
    const [limited, retried] = chatCalls(t.recorder.calls, channel) as [RecordedCall, RecordedCall];
    expect(limited.method).toBe('chat.postMessage');
    expect(retried.method).toBe('chat.postMessage');
    expect(limited.status).toBe(429);
    expect(retried.status).toBe(200);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(chatCalls(t.recorder.calls, channel)).toHaveLength(2);
  });

  it("holds chat.postMessage in every channel of the workspace for a 429's Retry-After", async () => {
    t.recorder.rateLimit('chat.postMessage', 2, 1);
    await send('C0HOLD1', 'job-hold-1', 10, { title: 'first', status: 'succeeded' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, 'C0HOLD1').some((c) => c.status === 429), 10_000);
    await send('C0HOLD2', 'job-hold-2', 10, { title: 'second', status: 'succeeded' });
    await t.recorder.waitFor(
      (r) => ['C0HOLD1', 'C0HOLD2'].every((ch) => chatCalls(r.calls, ch).some((c) => c.status === 200)),
      15_000,
    );
    const [limited] = chatCalls(t.recorder.calls, 'C0HOLD1');
    const other = chatCalls(t.recorder.calls, 'C0HOLD2');
    // The other channel's post waited out the hold instead of going out (and being refused) at once.
    expect(other.map((c) => c.status)).toEqual([200]);
    expect(other[0]!.at - limited!.at).toBeGreaterThanOrEqual(1_900);
  });

  it('paces edits in one channel to one a second', async () => {
    const channel = 'C0EDITS';
    for (const key of ['job-edit-a', 'job-edit-b']) await send(channel, key, 10, { title: key, status: 'running' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).length === 2, 10_000);
    await t.settle(1_100);
    for (const key of ['job-edit-a', 'job-edit-b']) await send(channel, key, 20, { title: key, status: 'succeeded' });
    await t.recorder.waitFor(
      (r) => chatCalls(r.calls, channel).filter((c) => c.method === 'chat.update').length === 2,
      10_000,
    );
    const [first, second] = chatCalls(t.recorder.calls, channel).filter((c) => c.method === 'chat.update');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it('paces posts in one channel to about one per second, in bursts of at most three', async () => {
    const channel = 'C0BURST';
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) => send(channel, `job-burst-${i}`, 10, { title: `job ${i}`, status: 'succeeded' })),
    );
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).length === 5, 15_000);
    const calls = chatCalls(t.recorder.calls, channel);
    expect(busiest(calls, 3_000 - 100)).toBeLessThanOrEqual(3);
    expect(calls.at(-1)!.at - calls[0]!.at).toBeGreaterThanOrEqual(2_900);
  });

  it('posts a message `threadOf` another under it, waiting while the parent is not posted yet', async () => {
    const channel = 'C0ALERT';
    await notify.notify({
      address: address(channel),
      key: 'alert-child',
      seq: 1,
      threadOf: 'alert-parent',
      reply: { title: 'still failing (2×)', status: 'warning' },
    });
    await new Promise((r) => setTimeout(r, 1200));
    expect(chatCalls(t.recorder.calls, channel)).toHaveLength(0);
    await send(channel, 'alert-parent', 1, { title: 'cluster-config is failing', status: 'failed' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).length === 2, 10_000);
    const [parent, child] = chatCalls(t.recorder.calls, channel) as [RecordedCall, RecordedCall];
    expect(parent.params.thread_ts).toBeUndefined();
    expect(child.params.thread_ts).toBe(parent.response?.ts);
    expect(JSON.stringify(child.params.blocks)).toContain('still failing');
  });

  it('drops an update older than what the message already shows', async () => {
    const channel = 'C0STALE';
    await send(channel, 'job-stale', 20, { title: 'flux show', status: 'succeeded', text: 'newest' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).length === 1);
    await send(channel, 'job-stale', 5, { title: 'flux show', status: 'running', text: 'older' });
    await new Promise((r) => setTimeout(r, 1500));
    const calls = chatCalls(t.recorder.calls, channel);
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(calls[0]?.params.blocks)).toContain('newest');
  });
});
