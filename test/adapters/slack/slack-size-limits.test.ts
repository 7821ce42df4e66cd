import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullNotifyQueue } from '../../../jobs/notify-queue.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { eightyProblems, helpReplies, parseErrorReply, showReply, statusReply } from '../../support/large-replies.ts';
import type { RecordedCall } from '../../support/slack/slack-recorder.ts';
import { type SlackTestApp, startSlackTestApp } from '../../support/slack/slack-test-app.ts';

/**
 * Large replies against a recorder that refuses like Slack (invalid_blocks, msg_too_long): every
 * row and problem reaches the channel or the thread, no payload is refused, no message stays queued.
 */
function chatCalls(calls: RecordedCall[], channel: string): RecordedCall[] {
  return calls.filter((c) => c.method.startsWith('chat.') && c.params.channel === channel);
}

/** Everything a channel got, blocks and fallback text, with Slack's escaping undone. */
function delivered(calls: RecordedCall[], channel: string): string {
  return chatCalls(calls, channel)
    .map((c) => `${JSON.stringify(c.params.blocks ?? [])}\n${String(c.params.text ?? '')}`)
    .join('\n')
    .replace(/\\n/g, '\n')
    .replace(/\\"/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('Slack size limits', () => {
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

  const send = (channel: string, key: string, reply: Reply) =>
    notify.notify({ address: { platform: 'slack', channel, extra: { team: 'T0TEST' } }, key, seq: 1, reply });

  it('delivers the 3 × 30 status, a 63-row flux show, an 80-problem parse error and help on every topic whole, nothing refused', async () => {
    const cases: [string, Reply, string[]][] = [
      ['C0STATUS', statusReply(), statusReply().tables![0]!.rows.map((r) => r[1]!)],
      ['C0SHOW', showReply(), showReply().tables![0]!.rows.map((r) => r[1]!)],
      ['C0PARSE', parseErrorReply(), eightyProblems()],
      // help on every topic: each topic's usage line arrives whole.
      ...helpReplies().map((reply, i): [string, Reply, string[]] => [
        `C0HELP${i}`,
        reply,
        (reply.fields ?? []).map((f) => f.value.split('\n')[0]!),
      ]),
    ];
    for (const [channel, reply] of cases) await send(channel, `size-${channel}`, reply);
    const missing = (r: { calls: RecordedCall[] }) =>
      cases.flatMap(([channel, , items]) => items.filter((item) => !delivered(r.calls, channel).includes(item)));
    await t.recorder
      .waitFor((r) => missing(r).length === 0, 20_000)
      .catch((error) => {
        throw new Error(`${String(error)}; missing: ${missing(t.recorder).slice(0, 3).join(' | ')}`);
      });
    for (const [channel] of cases) {
      for (const call of chatCalls(t.recorder.calls, channel)) expect(call.response?.ok).toBe(true);
    }
  });

  it('sends the plain text, then a short "too large" note, when Slack refuses the message', async () => {
    const channel = 'C0REFUSED';
    t.recorder.refuse('chat.postMessage', 'msg_too_long', 2);
    await send(channel, 'size-refused', { ...statusReply(), title: 'status <!channel>' });
    await t.recorder.waitFor((r) => chatCalls(r.calls, channel).some((c) => c.response?.ok === true), 20_000);
    const [first, second, third] = chatCalls(t.recorder.calls, channel);
    expect(first?.response?.error).toBe('msg_too_long');
    expect(second?.params.blocks ?? []).toEqual([]);
    expect(third?.response?.ok).toBe(true);
    expect(third?.params.text).toBe(
      ':white_check_mark: status channel: too large for one Slack message — see the thread for the full output.',
    );
  });
});
