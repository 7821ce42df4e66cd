import { afterAll, describe, expect, it } from 'vitest';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';
import { until } from '../support/until.ts';

/**
 * Redis restarts (keeping nothing) while a `flux create` runs. The worker still holds the job and
 * the id of its Slack message, so every later update — the final reply included — edits that one
 * message: no second post appears in the channel.
 */
const CREATE =
  'flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config --namespace cluster-config ' +
  '--scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ' +
  '--kustomization name=infra path=./infrastructure prune=true';

describe('Redis restart mid-job', () => {
  let redis: PrivateRedis | undefined;
  let t: SlackTestApp | undefined;
  afterAll(async () => {
    await t?.close().catch(() => {});
    await redis?.stop();
  });

  it('updates the job message in place after the restart, never posting it again', async () => {
    redis = await startPrivateRedis();
    t = await startSlackTestApp({ REDIS_URL: redis.url, SANDBOX_OPERATION_MS: '2000', SHUTDOWN_GRACE: '3s' });
    const recorder = t.recorder;
    const ack = await postSigned(t.eventsUrl, commandBody({ text: CREATE, responseUrl: recorder.responseUrl('c') }));
    expect(ack.status).toBe(200);
    const posted = await until('the job message to be posted and updated', () => {
      const post = recorder.of('chat.postMessage')[0];
      return post && recorder.of('chat.update').length > 0 ? post : undefined;
    });
    const ts = await until('the ts Slack gave the job message', () => {
      const update = recorder.of('chat.update')[0];
      return update?.params.ts as string | undefined;
    });

    await redis.stop();
    await redis.start();

    const final = await until(
      'a final update of the job message',
      () =>
        recorder
          .of('chat.update')
          .find(
            (call) => call.params.ts === ts && /:white_check_mark:|:x:|:warning:/.test(JSON.stringify(call.params)),
          ),
      { timeoutMs: 30_000 },
    );
    expect(final.params.channel).toBe(posted.params.channel);
    expect(
      recorder.of('chat.postMessage').filter((call) => call.params.channel === posted.params.channel),
    ).toHaveLength(1);
  }, 60_000);
});
