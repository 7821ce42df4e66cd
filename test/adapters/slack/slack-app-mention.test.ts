import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerStatus } from '../../support/slack/block-reading.ts';
import { mentionBody, postSigned, TEST_BOT_USER } from '../../support/slack/signed-request.ts';
import type { RecordedCall } from '../../support/slack/slack-recorder.ts';
import { type SlackTestApp, startSlackTestApp } from '../../support/slack/slack-test-app.ts';

/**
 * `@fluxops …` commands: signed Events API requests (app_mention) through the real Bolt receiver,
 * prepare()/commit() and the notify queue, against the Slack recorder.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const JSON_BODY = { contentType: 'application/json' };

function chatIn(t: SlackTestApp, channel: string): RecordedCall[] {
  return t.recorder.calls.filter((c) => c.method.startsWith('chat.') && c.params.channel === channel);
}

/** The job's result shown: in an update of its message, or in the post itself when the job was quicker than its "queued" note. */
function succeededIn(t: SlackTestApp, channel: string): boolean {
  return chatIn(t, channel).some((c) => headerStatus(c.params.blocks) === 'succeeded');
}

function allText(call: RecordedCall): string {
  return `${String(call.params.text ?? '')}\n${JSON.stringify(call.params.blocks ?? [])}`;
}

describe('@fluxops commands (app_mention)', () => {
  let t: SlackTestApp;
  beforeAll(async () => {
    t = await startSlackTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs `@fluxops flux list` in a channel: one job message at the top of the channel shows the result', async () => {
    const channel = 'C0MENTION';
    const response = await postSigned(
      t.eventsUrl,
      mentionBody({ text: `<@${TEST_BOT_USER}> flux list ${ARC}`, channel }),
      JSON_BODY,
    );
    expect(response.status).toBe(200);
    await t.recorder.waitFor(() => succeededIn(t, channel), 20_000);
    const [post, ...updates] = chatIn(t, channel);
    expect(post?.method).toBe('chat.postMessage');
    expect(post?.params.thread_ts).toBeUndefined();
    expect(allText(post!)).toContain('az k8s-configuration flux list');
    expect(allText(post!)).not.toContain(TEST_BOT_USER);
    for (const update of updates) expect(update.params.ts).toBe(post?.response?.ts);
    expect(allText(chatIn(t, channel).at(-1)!)).toContain('No flux configurations on flux-demo-arc');
  });

  it('answers in the thread when the mention is a reply in a thread, and runs a redelivered event once', async () => {
    const channel = 'C0THREAD';
    const parent = '1700000500.000100';
    const body = mentionBody({
      text: `<@${TEST_BOT_USER}|fluxops>   flux list ${ARC}`,
      channel,
      threadTs: parent,
      eventId: 'Ev0THREAD1',
    });
    expect((await postSigned(t.eventsUrl, body, JSON_BODY)).status).toBe(200);
    expect((await postSigned(t.eventsUrl, body, { ...JSON_BODY, retryNum: 1 })).status).toBe(200);
    await t.recorder.waitFor(() => succeededIn(t, channel), 20_000);
    await t.settle(1_000);
    const posts = chatIn(t, channel).filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params.thread_ts).toBe(parent);
  });

  it('posts an immediate answer (a parse error) in the thread, since an event has no ack to carry it', async () => {
    const channel = 'C0ANSWER';
    const parent = '1700000600.000100';
    await postSigned(
      t.eventsUrl,
      mentionBody({ text: `<@${TEST_BOT_USER}> frobnicate`, channel, threadTs: parent }),
      JSON_BODY,
    );
    await t.recorder.waitFor(() => chatIn(t, channel).length > 0, 10_000);
    const [answer] = chatIn(t, channel);
    expect(answer?.method).toBe('chat.postMessage');
    expect(answer?.params.thread_ts).toBe(parent);
    expect(allText(answer!)).toContain('frobnicate');
  });
});
