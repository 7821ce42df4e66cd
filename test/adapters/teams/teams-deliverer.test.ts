import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BUDGETS } from '../../../adapters/teams/fit-card.ts';
import { renderCard } from '../../../adapters/teams/render-card.ts';
import { type Fluxops, startFluxops } from '../../../app/start-fluxops.ts';
import { createConnection } from '../../../jobs/connection.ts';
import { BullNotifyQueue } from '../../../jobs/notify-queue.ts';
import { NOTIFY_QUEUE } from '../../../jobs/queue-names.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { eightyProblems, helpReplies, parseErrorReply, showReply, statusReply } from '../../support/large-replies.ts';
import { waitForRedisReady } from '../../support/redis-ready.ts';
import {
  channelConversation,
  installationUpdate,
  message,
  personalConversation,
  postActivity,
} from '../../support/teams/activities.ts';
import { cardOf, cardStatus, cardText } from '../../support/teams/card-reading.ts';
import {
  type ConnectorCall,
  type ConnectorStandIn,
  startConnectorStandIn,
} from '../../support/teams/connector-stand-in.ts';
import { freePort, startTeamsApp } from '../../support/teams/teams-app.ts';
import { testConfig, testPrefix } from '../../support/test-app.ts';
import { until } from '../../support/until.ts';

/**
 * Outbound: notify messages (job results, alerts) reach a conversation through the stored
 * ConversationReference — after a restart too — paced at 7 per second per conversation, retried
 * on 412/502/504/429, with long output split into follow-up messages.
 */
describe('Teams deliverer', () => {
  let connector: ConnectorStandIn;
  let app: Fluxops;
  let notify: BullNotifyQueue;
  const prefix = testPrefix();
  const alert = (title: string, extra: Partial<Reply> = {}): Reply => ({ title, status: 'failed', ...extra });

  beforeAll(async () => {
    connector = await startConnectorStandIn();
  });
  afterAll(async () => {
    await notify?.close();
    await app?.close();
    await connector?.close();
  });

  it('reaches a conversation proactively after a restart, from the reference stored at first contact', async () => {
    const env = { FLUXOPS_QUEUE_PREFIX: prefix };
    // The first process is started without the test wrapper, so its keys survive its close.
    const first = await startFluxops(testConfig({ ...env, FLUXOPS_SANDBOX: 'true', PORT: String(await freePort()) }), {
      logger: createLogger('silent'),
    });
    await waitForRedisReady(first.url!);
    const chat = personalConversation();
    await postActivity(first.url!, message(connector.url, chat, 'help'));
    const installed = personalConversation();
    expect((await postActivity(first.url!, installationUpdate(connector.url, installed))).status).toBe(200);
    await connector.waitFor((calls) => calls.some((c) => c.conversationId === chat.id));
    await first.close();

    app = await startTeamsApp(env);
    notify = new BullNotifyQueue(createConnection(app.redisUrl, 'worker', createLogger('silent')), prefix);
    // Alerts carry only the conversation id: the rest comes from Redis.
    for (const conversation of [chat, installed]) {
      await notify.notify({
        address: { platform: 'teams', channel: conversation.id },
        key: `alert-${conversation.id.replace(/\W/g, '')}`,
        seq: 1,
        reply: alert('apps failed to reconcile'),
      });
    }
    await connector.waitFor((calls) =>
      [chat.id, installed.id].every((id) =>
        calls.some(
          (c) => c.conversationId === id && c.method === 'POST' && cardText(cardOf(c)).includes('apps failed'),
        ),
      ),
    );
    const sent = connector.calls.find((c) => c.conversationId === installed.id)!;
    expect(cardText(cardOf(sent))).toContain('apps failed to reconcile');
  });

  it('sends at most 7 messages per second to one conversation and loses none', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const count = 12;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        notify.notify({
          address: { platform: 'teams', channel: conversation.id },
          key: `burst-${i}`,
          seq: 1,
          reply: alert(`burst ${i}`),
        }),
      ),
    );
    const calls = (
      await connector.waitFor((all) => all.filter((c) => c.conversationId === conversation.id).length >= count)
    ).filter((c) => c.conversationId === conversation.id);
    const times = calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 0; i + 7 < times.length; i++) expect(times[i + 7]! - times[i]!).toBeGreaterThanOrEqual(950);
    expect(new Set(calls.map((c) => cardText(cardOf(c)).split('\n')[0])).size).toBe(count);
  });

  it('retries a 412 from the connector until the message goes through', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const refusedBefore = connector.refused.length;
    connector.failNext(2, 412);
    await notify.notify({
      address: { platform: 'teams', channel: conversation.id },
      key: 'retry-412',
      seq: 1,
      reply: alert('retried'),
    });
    await connector.waitFor((calls) => calls.some((c) => c.conversationId === conversation.id), 25_000);
    expect(connector.refused.length - refusedBefore).toBe(2);
  });

  it('drops a message the connector refuses for good (403) instead of retrying it', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const refusedBefore = connector.refused.length;
    connector.failNext(5, 403);
    await notify.notify({
      address: { platform: 'teams', channel: conversation.id },
      key: 'blocked',
      seq: 1,
      reply: alert('x'),
    });
    await until('the connector to refuse the send', () => connector.refused.length > refusedBefore, {
      timeoutMs: 3_000,
    });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(connector.refused.length - refusedBefore).toBe(1);
    connector.failNext(0, 0);
  });

  it('never sends to a conversation whose serviceUrl is not an allowed host', async () => {
    // 127.0.0.2 is this machine, but not a loopback name the sandbox allows: it plays an outside host.
    const outsider = await startConnectorStandIn('127.0.0.2');
    try {
      const conversation = personalConversation();
      await notify.notify({
        address: { platform: 'teams', channel: conversation.id, extra: { serviceUrl: outsider.url } },
        key: 'outside-host',
        seq: 1,
        reply: alert('not for them'),
      });
      const queue = new Queue(NOTIFY_QUEUE, { connection: { url: app.redisUrl }, prefix });
      try {
        // Completed notify jobs are removed; a failed one would stay (and be retried).
        await until('the notify job for the outside host to complete', async () => {
          const job = await queue.getJob('n-outside-host-1');
          return job === undefined || (await job.isCompleted());
        });
      } finally {
        await queue.close();
      }
      expect(outsider.calls).toEqual([]);
    } finally {
      await outsider.close();
    }
  });

  it('splits long output into numbered follow-up messages after the card', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const lines = Array.from({ length: 450 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const reply: Reply = { title: 'logs helm-controller', status: 'succeeded', detail: { title: 'Logs', lines } };
    await notify.notify({
      address: { platform: 'teams', channel: conversation.id },
      key: 'long-output',
      seq: 1,
      reply,
    });
    const calls = (
      await connector.waitFor((all) => all.filter((c) => c.conversationId === conversation.id).length >= 4)
    ).filter((c) => c.conversationId === conversation.id);
    // The card is the reply as renderCard draws it; the lines follow in three messages, all of them, in order.
    expect(cardOf(calls[0]!)).toEqual(renderCard(reply));
    const texts = calls.slice(1).map((c) => String(c.activity.text));
    expect(texts).toHaveLength(3);
    const followed = texts.join('\n');
    expect(lines.every((line) => followed.includes(line))).toBe(true);
    expect(followed.indexOf(lines[0]!)).toBeLessThan(followed.indexOf(lines[449]!));
  });

  it('posts a threadOf message as a reply to its parent in a channel, waiting for the parent first', async () => {
    const channel = channelConversation();
    await postActivity(app.url!, installationUpdate(connector.url, channel));
    const address = { platform: 'teams' as const, channel: channel.id };
    await notify.notify({
      address,
      key: 'thread-recovery',
      seq: 1,
      reply: alert('Recovered: podinfo', { status: 'succeeded' }),
      threadOf: 'thread-alert',
    });
    // The parent is not posted yet: the reply waits instead of landing at top level.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(connector.calls.some((c) => cardText(cardOf(c)).includes('Recovered: podinfo'))).toBe(false);

    await notify.notify({ address, key: 'thread-alert', seq: 1, reply: alert('podinfo is failing') });
    const calls = await connector.waitFor((all) => all.some((c) => cardText(cardOf(c)).includes('Recovered: podinfo')));
    const parent = calls.find((c) => cardText(cardOf(c)).includes('podinfo is failing'))!;
    const reply = calls.find((c) => cardText(cardOf(c)).includes('Recovered: podinfo'))!;
    expect(parent.conversationId).toBe(channel.id);
    expect(reply.conversationId).toBe(`${channel.id.split(';messageid=')[0]};messageid=${parent.id}`);
    expect(reply.method).toBe('POST');
  });

  it('starts a real thread for a new channel post (createConversation); its replies name the post the connector returned', async () => {
    const inbound = channelConversation();
    await postActivity(app.url!, installationUpdate(connector.url, inbound));
    // Alerts are addressed to the channel itself, not to the thread a command came from.
    const bare = inbound.id.split(';messageid=')[0]!;
    const address = {
      platform: 'teams' as const,
      channel: bare,
      extra: { serviceUrl: connector.url, tenantId: String(inbound.tenantId) },
    };
    await notify.notify({ address, key: 'root-alert', seq: 1, reply: alert('helm-controller is failing') });
    await notify.notify({
      address,
      key: 'root-recovery',
      seq: 1,
      reply: alert('Recovered: helm-controller', {
        status: 'succeeded',
        detail: { title: 'Events', lines: Array.from({ length: 400 }, (_, i) => `event ${i} ${'x'.repeat(60)}`) },
      }),
      threadOf: 'root-alert',
    });
    const calls = await connector.waitFor(
      (all) =>
        all.filter(
          (c) =>
            c.conversationId ===
            `${bare};messageid=${all.find((p) => p.startedThread && p.conversationId === bare)?.id}`,
        ).length >= 2,
    );
    const post = calls.find((c) => c.startedThread && c.conversationId === bare)!;
    expect(cardText(cardOf(post))).toContain('helm-controller is failing');
    const thread = calls.filter((c) => c.conversationId === `${bare};messageid=${post.id}`);
    // The recovery card and its follow-ups are replies to the real post: replyToId is its id.
    expect(cardText(cardOf(thread[0]!))).toContain('Recovered: helm-controller');
    for (const reply of thread) {
      expect(reply.method).toBe('POST');
      expect(reply.targetId).toBe(post.id);
      expect(reply.activity.replyToId).toBe(post.id);
    }
    // No message in the channel itself other than the post that started the thread.
    expect(calls.filter((c) => c.conversationId === bare && !c.startedThread && c.method === 'POST')).toEqual([]);
  });

  it('sends a proactive message in a personal chat as a new activity, never as a reply to a made-up id', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    await notify.notify({
      address: { platform: 'teams', channel: conversation.id },
      key: 'personal-proactive',
      seq: 1,
      reply: alert('kustomize-controller is failing'),
    });
    const calls = await connector.waitFor((all) =>
      all.some((c) => c.conversationId === conversation.id && cardText(cardOf(c)).includes('kustomize-controller')),
    );
    const sent = calls.find(
      (c) => c.conversationId === conversation.id && cardText(cardOf(c)).includes('kustomize-controller'),
    )!;
    expect(sent.targetId).toBeUndefined();
    expect(sent.activity.replyToId).toBeUndefined();
  });

  it('posts a threadOf message normally in a personal chat', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const address = { platform: 'teams' as const, channel: conversation.id };
    await notify.notify({ address, key: 'personal-alert', seq: 1, reply: alert('nginx is failing') });
    await notify.notify({
      address,
      key: 'personal-recovery',
      seq: 1,
      reply: alert('Recovered: nginx', { status: 'succeeded' }),
      threadOf: 'personal-alert',
    });
    const calls = await connector.waitFor((all) => all.some((c) => cardText(cardOf(c)).includes('Recovered: nginx')));
    expect(calls.find((c) => cardText(cardOf(c)).includes('Recovered: nginx'))?.conversationId).toBe(conversation.id);
  });

  it('paginates the 3 × 30 status and a 63-row flux show: every row arrives, nothing refused, no card left queued', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const address = { platform: 'teams' as const, channel: conversation.id };
    const refusedBefore = connector.refused.length;
    const replies = [statusReply(), showReply()];
    for (const [i, reply] of replies.entries()) {
      await notify.notify({ address, key: `large-${i}`, seq: 1, reply: { ...reply, status: 'queued' } });
      await notify.notify({ address, key: `large-${i}`, seq: 2, reply });
    }
    const rows = replies.flatMap((r) => r.tables!.flatMap((t) => t.rows.map((row) => row[1]!)));
    const everything = (calls: ConnectorCall[]) =>
      calls
        .filter((c) => c.conversationId === conversation.id)
        .map((c) => `${cardText(cardOf(c))}\n${String(c.activity.text ?? '')}`)
        .join('\n');
    const calls = await connector.waitFor((all) => rows.every((name) => everything(all).includes(name)));
    expect(connector.refused.length).toBe(refusedBefore);
    const cards = calls.filter((c) => c.conversationId === conversation.id && cardOf(c));
    const last = new Map(cards.map((c) => [c.id, cardStatus(c)]));
    expect([...last.values()]).toEqual(['succeeded', 'succeeded']);
  });

  it('delivers an 80-problem parse error and help on every topic whole, nothing refused', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const address = { platform: 'teams' as const, channel: conversation.id };
    const refusedBefore = connector.refused.length;
    const replies = [parseErrorReply(), ...helpReplies()];
    for (const [i, reply] of replies.entries()) await notify.notify({ address, key: `whole-${i}`, seq: 1, reply });
    const expected = [
      ...eightyProblems(),
      ...helpReplies().flatMap((reply) => (reply.fields ?? []).map((f) => f.value.split('\n')[0]!)),
    ];
    // The card's markdown escapes (`\[`) undone, as Teams shows them.
    const everything = (calls: ConnectorCall[]) =>
      calls
        .filter((c) => c.conversationId === conversation.id)
        .map((c) => `${cardText(cardOf(c))}\n${String(c.activity.text ?? '')}`)
        .join('\n')
        .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
    await connector
      .waitFor((all) => expected.every((item) => everything(all).includes(item)), 30_000)
      .catch((error: unknown) => {
        const missing = expected.filter((item) => !everything(connector.calls).includes(item));
        throw new Error(`${String(error).slice(0, 200)}; missing: ${missing.slice(0, 3).join(' | ')}`);
      });
    expect(connector.refused.length).toBe(refusedBefore);
  }, 40_000);

  it('re-renders a card the connector refuses with 413 smaller, and the cut rows follow', async () => {
    const conversation = personalConversation();
    await postActivity(app.url!, installationUpdate(connector.url, conversation));
    const reply = statusReply();
    connector.failNext(1, 413);
    await notify.notify({ address: { platform: 'teams', channel: conversation.id }, key: 'large-413', seq: 1, reply });
    const rows = reply.tables![0]!.rows.map((row) => row[1]!);
    const calls = await connector.waitFor((all) => {
      const texts = all.filter((c) => c.conversationId === conversation.id).map((c) => String(c.activity.text ?? ''));
      return rows.slice(-5).every((name) => texts.join('\n').includes(name));
    });
    const card = calls.find((c) => c.conversationId === conversation.id && cardOf(c))!;
    expect(Buffer.byteLength(JSON.stringify(cardOf(card)), 'utf8')).toBeLessThanOrEqual(CARD_BUDGETS[1]);
    expect(cardStatus(card)).toBe('succeeded');
  });
});
