import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/render/action-ids.ts';
import { t as translate } from '../../../src/replies/catalog/index.ts';
import { headerStatus } from '../../support/slack/block-reading.ts';
import { commandBody, postSigned } from '../../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../../support/slack/slack-test-app.ts';

/**
 * A channel the bot is not in: chat.postMessage answers `not_in_channel` (the recorder, like Slack),
 * and the reply reaches the requester through the command's response_url with a hint to invite
 * the bot — not dropped.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('Slack channel without the bot', () => {
  let t: SlackTestApp;
  beforeAll(async () => {
    t = await startSlackTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers a job through the command's response_url, once, with the result and the /invite hint", async () => {
    const channel = 'C0NOTIN';
    t.recorder.leaveChannel(channel);
    const ack = await postSigned(
      t.eventsUrl,
      commandBody({
        text: `flux list ${ARC}`,
        channel,
        triggerId: 'trig-notin-1',
        responseUrl: t.recorder.responseUrl('notin-1'),
      }),
    );
    expect(ack.status).toBe(200);
    const answers = () => t.recorder.responses.filter((r) => r.id === 'notin-1');
    await t.recorder.waitFor(() => answers().length > 0, 20_000);
    await t.settle(1_500);
    // Slack refused the post in the channel…
    const refused = t.recorder.of('chat.postMessage').filter((c) => c.params.channel === channel);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((c) => c.response?.error === 'not_in_channel')).toBe(true);
    // …so the final result came through the response_url, once (progress does not use up its 5 uses).
    expect(answers()).toHaveLength(1);
    const [answer] = answers();
    expect(answer?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(headerStatus(answer?.body.blocks)).toBe('succeeded');
    expect(JSON.stringify(answer?.body.blocks)).toContain('No flux configurations on flux-demo-arc');
    expect(JSON.stringify(answer?.body.blocks)).toContain('/invite @fluxops');
    expect(String(answer?.body.text)).toContain(translate('en', 'chrome.slack.invite'));
  });

  it('posts a confirmation prompt through the response_url too, so it can still be confirmed', async () => {
    const channel = 'C0NOTIN2';
    t.recorder.leaveChannel(channel);
    await postSigned(
      t.eventsUrl,
      commandBody({
        text: `flux delete -n cluster-config ${ARC}`,
        channel,
        triggerId: 'trig-notin-2',
        responseUrl: t.recorder.responseUrl('notin-2'),
      }),
    );
    await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'notin-2'), 10_000);
    const prompt = t.recorder.responses.find((x) => x.id === 'notin-2')!;
    expect(headerStatus(prompt.body.blocks)).toBe('confirm');
    expect(JSON.stringify(prompt.body.blocks)).toContain(ACTION_IDS.confirm);
  });
});
