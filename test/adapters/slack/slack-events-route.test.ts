import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/render/action-ids.ts';
import { renderMessage } from '../../../adapters/slack/render/render-message.ts';
import { cancelledReply, confirmationExpiredReply, notRequesterReply } from '../../../src/replies/submit-replies.ts';
import { parseOk, problemsOf } from '../../support/commands/parse.ts';
import { contextLine, headerStatus, jobIdIn } from '../../support/slack/block-reading.ts';
import { postedPrompt } from '../../support/slack/posted-prompt.ts';
import { buttonBody, commandBody, postSigned, sign } from '../../support/slack/signed-request.ts';
import type { RecordedCall } from '../../support/slack/slack-recorder.ts';
import { type SlackTestApp, startSlackTestApp } from '../../support/slack/slack-test-app.ts';

/**
 * POST /slack/events on the real server with correctly (and incorrectly) signed requests, through
 * Bolt and prepare()/commit() into the real Redis queue.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

type AckBlock = { type: string; text?: { text: string }; elements?: Record<string, unknown>[] };
type AckBody = { response_type?: string; text?: string; blocks?: AckBlock[] };

function blockText(body: AckBody): string {
  return JSON.stringify(body.blocks ?? []);
}

describe('POST /slack/events', () => {
  let t: SlackTestApp;

  beforeAll(async () => {
    t = await startSlackTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('acks /flux with an ephemeral "queued" note carrying the job id, and enqueues one job', async () => {
    const before = await t.commandJobCount();
    const response = await postSigned(
      t.eventsUrl,
      commandBody({
        text: `flux list ${ARC}`,
        triggerId: 'trig-list-1',
        responseUrl: t.recorder.responseUrl('list-1'),
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as AckBody;
    expect(body.response_type).toBe('ephemeral');
    expect(headerStatus(body.blocks)).toBe('queued');
    expect(jobIdIn(body.blocks)).toBeDefined();
    await t.waitForJobCount(before + 1);
  });

  it('acks a sandbox fault command with its own answer (one prepare per delivery), enqueueing nothing', async () => {
    const before = await t.commandJobCount();
    const response = await postSigned(
      t.eventsUrl,
      commandBody({
        text: 'sandbox fail podinfo',
        triggerId: 'trig-sandbox-1',
        responseUrl: t.recorder.responseUrl('sb'),
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as AckBody;
    // Answered by the sandbox, not as the unknown command it is to the parser without the sandbox.
    const [unknown] = problemsOf('sandbox fail podinfo', null);
    expect(unknown?.code).toBe('command.unknown');
    expect(blockText(body)).not.toContain(unknown!.message);
    expect(blockText(body)).toContain('podinfo');
    await t.settle();
    expect(await t.commandJobCount()).toBe(before);
    expect(t.recorder.responses.filter((r) => r.id === 'sb')).toEqual([]);
    await postSigned(
      t.eventsUrl,
      commandBody({
        text: 'sandbox recover podinfo',
        triggerId: 'trig-sandbox-2',
        responseUrl: t.recorder.responseUrl('sb2'),
      }),
    );
  });

  it('acks with the parse error itself and enqueues nothing', async () => {
    const before = await t.commandJobCount();
    const response = await postSigned(
      t.eventsUrl,
      commandBody({ text: 'frobnicate the cluster', responseUrl: t.recorder.responseUrl('bad') }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as AckBody;
    expect(body.response_type).toBe('ephemeral');
    const [problem] = problemsOf('frobnicate the cluster', null);
    expect(problem?.code).toBe('command.unknown');
    expect(blockText(body)).toContain(problem!.message);
    await t.settle();
    expect(await t.commandJobCount()).toBe(before);
  });

  it('runs a retried delivery (X-Slack-Retry-Num, same trigger_id) once, naming the same job', async () => {
    const body = commandBody({
      text: `flux list ${ARC}`,
      triggerId: 'trig-retry-1',
      responseUrl: t.recorder.responseUrl('r'),
    });
    const before = await t.commandJobCount();
    const first = await postSigned(t.eventsUrl, body);
    expect(first.status).toBe(200);
    const jobId = blockText((await first.json()) as AckBody).match(/cmd-slack-[0-9a-f]{32}/)?.[0];
    expect(jobId).toBeDefined();
    const retry = await postSigned(t.eventsUrl, body, { retryNum: 1 });
    expect(retry.status).toBe(200);
    expect(blockText((await retry.json()) as AckBody)).toContain(jobId!);
    await t.waitForJobCount(before + 1);
    // The retry's submit() runs after its ack; give it time to (not) add a second job.
    await t.settle();
    expect(await t.commandJobCount()).toBe(before + 1);
  });

  it('rejects a bad signature with 401 and enqueues nothing', async () => {
    const before = await t.commandJobCount();
    const body = commandBody({ text: `flux list ${ARC}`, responseUrl: t.recorder.responseUrl('x') });
    const response = await postSigned(t.eventsUrl, body, { secret: 'not-the-signing-secret' });
    expect(response.status).toBe(401);
    const tampered = await postSigned(t.eventsUrl, body, {
      signature: sign('test-signing-secret-0123456789abcdef', Math.floor(Date.now() / 1000), `${body}&x=1`),
    });
    expect(tampered.status).toBe(401);
    await t.settle();
    expect(await t.commandJobCount()).toBe(before);
  });

  it('rejects a correctly signed request older than 5 minutes with 401 and enqueues nothing', async () => {
    const before = await t.commandJobCount();
    const body = commandBody({ text: `flux list ${ARC}`, responseUrl: t.recorder.responseUrl('old') });
    const response = await postSigned(t.eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 30 });
    expect(response.status).toBe(401);
    await t.settle();
    expect(await t.commandJobCount()).toBe(before);
  });

  it('rejects a correctly signed request timestamped more than 5 minutes ahead with 401 and enqueues nothing', async () => {
    const before = await t.commandJobCount();
    const body = commandBody({ text: `flux list ${ARC}`, responseUrl: t.recorder.responseUrl('future') });
    const response = await postSigned(t.eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(response.status).toBe(401);
    await t.settle();
    expect(await t.commandJobCount()).toBe(before);
    expect(t.recorder.responses.some((r) => r.id === 'future')).toBe(false);
  });

  it('accepts a correctly signed request timestamped a minute ahead (clock drift within the window)', async () => {
    const body = commandBody({ text: 'help', responseUrl: t.recorder.responseUrl('drift') });
    const response = await postSigned(t.eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(response.status).toBe(200);
  });

  it("answers a signed body no listener handles with 404 at once, not after Bolt's 3-second timer", async () => {
    const started = Date.now();
    for (const body of ['foo=bar', 'name=options-load', `payload=${encodeURIComponent('{"type":"shortcut"}')}`]) {
      expect((await postSigned(t.eventsUrl, body)).status).toBe(404);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    [
      'block_actions without actions',
      `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [] }))}`,
    ],
    [
      'an action without action_id',
      `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [{}] }))}`,
    ],
    ['a payload that is not an object', 'payload=5'],
    ['a slash command without user_id', 'command=%2Fflux&text=help&team_id=T0TEST&channel_id=C0OPS'],
    ['an event without the event_callback type', 'event=x&command=%2Fflux'],
  ])('answers a signed body with %s with 400, not 500', async (_what, body) => {
    const response = await postSigned(t.eventsUrl, body);
    expect(response.status).toBe(400);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(t.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign('test-signing-secret-0123456789abcdef', timestamp, body),
      },
      body,
    });
    expect(await response.json()).toEqual({ challenge: 'c-123' });
  });

  it('runs a command button once per user, however often it is clicked', async () => {
    const before = await t.commandJobCount();
    const click = () =>
      postSigned(
        t.eventsUrl,
        buttonBody({
          actionId: `${ACTION_IDS.runPrefix}0`,
          value: `flux list ${ARC}`,
          messageTs: '1700000000.000777',
          responseUrl: t.recorder.responseUrl('run-1'),
        }),
      );
    expect((await click()).status).toBe(200);
    await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'run-1'));
    expect((await click()).status).toBe(200);
    await t.recorder.waitFor((r) => r.responses.filter((x) => x.id === 'run-1').length === 2);
    const [first, second] = t.recorder.responses.filter((x) => x.id === 'run-1').map((x) => x.body);
    expect(first).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(headerStatus(first?.blocks)).toBe('queued');
    // The second click is told about the job the first one started, and starts none.
    expect(headerStatus(second?.blocks)).toBe('info');
    expect(jobIdIn(second?.blocks)).toBe(jobIdIn(first?.blocks));
    expect(jobIdIn(first?.blocks)).toBeDefined();
    expect(await t.commandJobCount()).toBe(before + 1);
  });

  describe('confirmation of a destructive command', () => {
    async function prompt(trigger: string): Promise<{ token: string; ack: AckBody; posted: RecordedCall }> {
      const since = t.recorder.calls.length;
      const response = await postSigned(
        t.eventsUrl,
        commandBody({
          text: `flux delete -n cluster-config ${ARC}`,
          triggerId: trigger,
          responseUrl: t.recorder.responseUrl(trigger),
        }),
      );
      const ack = (await response.json()) as AckBody;
      const { token, call } = await postedPrompt(t.recorder, 'C0OPS', since);
      return { token, ack, posted: call };
    }

    it('posts a summary with Confirm (danger dialog) and Cancel in the channel as a message, and enqueues nothing yet', async () => {
      const before = await t.commandJobCount();
      const { ack, posted } = await prompt('trig-del-0');
      // The ack only says the prompt follows: a prompt in the ack would have no ts to edit.
      expect(ack.response_type).toBe('ephemeral');
      expect(ack.blocks ?? []).toEqual([]);
      expect(posted.params.thread_ts).toBeUndefined();
      const body = { blocks: posted.params.blocks } as AckBody;
      const actions = (body.blocks as { type: string; elements?: Record<string, unknown>[] }[]).find(
        (b) => b.type === 'actions',
      );
      const [confirm, cancel] = actions?.elements ?? [];
      expect(confirm).toMatchObject({ action_id: ACTION_IDS.confirm, style: 'danger', confirm: { style: 'danger' } });
      expect(cancel).toMatchObject({ action_id: ACTION_IDS.cancel });
      expect(blockText(body)).toContain('cluster-config');
      expect(await t.commandJobCount()).toBe(before);
    });

    it('runs the job once on Confirm, shows who confirmed, and answers a second click privately', async () => {
      const { token } = await prompt('trig-del-1');
      const before = await t.commandJobCount();
      const click = () =>
        postSigned(
          t.eventsUrl,
          buttonBody({ actionId: ACTION_IDS.confirm, value: token, responseUrl: t.recorder.responseUrl('click-1') }),
        );
      expect((await click()).status).toBe(200);
      await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'click-1'));
      const replaced = t.recorder.responses.find((x) => x.id === 'click-1')!.body;
      expect(replaced).toMatchObject({ replace_original: true, response_type: 'in_channel' });
      expect(headerStatus(replaced.blocks)).toBe('queued');
      expect(JSON.stringify(replaced.blocks)).toContain(
        JSON.stringify(contextLine({ confirmedBy: 'alice' })).slice(1, -1),
      );
      expect(await t.commandJobCount()).toBe(before + 1);

      expect((await click()).status).toBe(200);
      await t.recorder.waitFor((r) => r.responses.filter((x) => x.id === 'click-1').length === 2);
      const second = t.recorder.responses.filter((x) => x.id === 'click-1')[1]!.body;
      expect(second).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
      expect(second.blocks).toEqual(renderMessage(confirmationExpiredReply()).blocks);
      expect(await t.commandJobCount()).toBe(before + 1);
    });

    it('refuses a Confirm from someone else and keeps the prompt', async () => {
      const { token } = await prompt('trig-del-2');
      const before = await t.commandJobCount();
      await postSigned(
        t.eventsUrl,
        buttonBody({
          actionId: ACTION_IDS.confirm,
          value: token,
          user: 'U0MALLORY',
          userName: 'mallory',
          responseUrl: t.recorder.responseUrl('click-2'),
        }),
      );
      await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'click-2'));
      const answer = t.recorder.responses.find((x) => x.id === 'click-2')!.body;
      expect(answer).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
      expect(answer.blocks).toEqual(renderMessage(notRequesterReply('U0ALICE')).blocks);
      expect(await t.commandJobCount()).toBe(before);
    });

    it('cancels on Cancel: the prompt says who cancelled and nothing is enqueued', async () => {
      const { token } = await prompt('trig-del-3');
      const before = await t.commandJobCount();
      const response = await postSigned(
        t.eventsUrl,
        buttonBody({ actionId: ACTION_IDS.cancel, value: token, responseUrl: t.recorder.responseUrl('click-3') }),
      );
      expect(response.status).toBe(200);
      await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'click-3'));
      const replaced = t.recorder.responses.find((x) => x.id === 'click-3')!.body;
      expect(replaced).toMatchObject({ replace_original: true });
      expect(replaced.blocks).toEqual(
        renderMessage(cancelledReply(parseOk(`flux delete -n cluster-config ${ARC}`, null).display, 'alice')).blocks,
      );
      expect(await t.commandJobCount()).toBe(before);
    });
  });
});
