import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/render/action-ids.ts';
import { renderMessage } from '../../../adapters/slack/render/render-message.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { confirmationExpiredReply } from '../../../src/replies/submit-replies.ts';
import { problemsOf } from '../../support/commands/parse.ts';
import { contextLine, headerStatus, jobIdIn } from '../../support/slack/block-reading.ts';
import { postedPrompt } from '../../support/slack/posted-prompt.ts';
import { buttonPayload, TEST_BOT_TOKEN } from '../../support/slack/signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from '../../support/slack/slack-recorder.ts';
import { type SocketModeStandIn, startSocketModeStandIn } from '../../support/slack/socket-mode-stand-in.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * Socket Mode: with SLACK_APP_TOKEN set, the app asks apps.connections.open (at SLACK_API_URL) for
 * a WebSocket URL, connects to the local stand-in, and acks envelopes over the socket.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

function command(text: string, trigger: string, responseUrl: string): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0SOCK',
    channel_name: 'ops',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/flux',
    text,
    api_app_id: 'A0FLUXOPS',
    response_url: responseUrl,
    trigger_id: trigger,
  };
}

describe('Slack Socket Mode', () => {
  let recorder: SlackRecorder;
  let standIn: SocketModeStandIn;
  let app: Fluxops;

  beforeAll(async () => {
    recorder = await startSlackRecorder();
    standIn = await startSocketModeStandIn();
    recorder.setSocketUrl(standIn.url);
    app = await startTestApp(
      testConfig({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-test', SLACK_API_URL: recorder.apiUrl }),
    );
    await standIn.connected();
  });
  afterAll(async () => {
    await app?.close();
    await standIn?.close();
    await recorder?.close();
  });

  it('opened the connection with the app-level token through apps.connections.open', () => {
    const open = recorder.of('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.authorized).toBe(true);
  });

  it('does not serve /slack/events in Socket Mode (no public URL needed)', async () => {
    const response = await fetch(`${app.url}/slack/events`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(404);
  });

  it('acks a /flux envelope with the "queued" note, then posts the job message and shows its result', async () => {
    const ack = await standIn.send(
      'slash_commands',
      command(`flux list ${ARC}`, 'sock-trig-1', recorder.responseUrl('s1')),
    );
    expect(ack.response_type).toBe('ephemeral');
    expect(headerStatus(ack.blocks)).toBe('queued');
    expect(jobIdIn(ack.blocks)).toBeDefined();
    const inChannel = () => recorder.calls.filter((c) => c.params.channel === 'C0SOCK');
    await recorder.waitFor(() => inChannel().some((c) => headerStatus(c.params.blocks) === 'succeeded'));
    // One post, edited once — or, when the result was queued before the "queued" note went out
    // (updates coalesce), posted with the result at once.
    const methods = inChannel().map((c) => c.method);
    expect([['chat.postMessage', 'chat.update'], ['chat.postMessage']]).toContainEqual(methods);
  });

  it('acks a parse error with the error itself', async () => {
    const ack = await standIn.send('slash_commands', command('frobnicate', 'sock-trig-2', recorder.responseUrl('s2')));
    const [problem] = problemsOf('frobnicate', null);
    expect(problem?.code).toBe('command.unknown');
    expect(JSON.stringify(ack.blocks)).toContain(problem!.message);
  });

  it('runs a confirmed destructive command once, over the socket', async () => {
    const since = recorder.calls.length;
    const ack = await standIn.send(
      'slash_commands',
      command(`flux delete -n cluster-config ${ARC}`, 'sock-trig-3', recorder.responseUrl('s3')),
    );
    expect(ack.response_type).toBe('ephemeral');
    const { token } = await postedPrompt(recorder, 'C0SOCK', since);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const click = buttonPayload({
      actionId: ACTION_IDS.confirm,
      value: token,
      channel: 'C0SOCK',
      responseUrl: recorder.responseUrl('s3-click'),
    });
    await standIn.send('interactive', click);
    await standIn.send('interactive', click);
    await recorder.waitFor((r) => r.responses.filter((x) => x.id === 's3-click').length === 2);
    // Both clicks are acked at once; whichever decide() wins runs the job, the other is told it is used.
    const answers = recorder.responses.filter((x) => x.id === 's3-click').map((x) => JSON.stringify(x.body.blocks));
    const confirmed = JSON.stringify(contextLine({ confirmedBy: 'alice' })).slice(1, -1);
    expect(answers.filter((a) => a.includes(confirmed))).toHaveLength(1);
    expect(answers.filter((a) => a === JSON.stringify(renderMessage(confirmationExpiredReply()).blocks))).toHaveLength(
      1,
    );
  });
});
