import { afterAll, describe, expect, it } from 'vitest';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { commandBody, postSigned, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack/signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from '../support/slack/slack-recorder.ts';
import { until } from '../support/until.ts';

/**
 * SIGTERM to a real fluxops process (sandbox, Slack pointed at a recorder) while a `flux create`
 * runs: the process finishes the job, delivers its final reply itself, then exits 0 — the reply is
 * not left in Redis for some later process.
 */
const CREATE =
  'flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config --namespace cluster-config ' +
  '--scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ' +
  '--kustomization name=infra path=./infrastructure prune=true';

describe('SIGTERM mid-job', () => {
  let main: Started | undefined;
  let recorder: SlackRecorder | undefined;
  afterAll(async () => {
    if (main) await stopMain(main);
    await recorder?.close();
  });

  it('finishes the active job and delivers its final reply before exiting', async () => {
    recorder = await startSlackRecorder();
    main = await startMain({
      HOST: '127.0.0.1',
      SANDBOX_OPERATION_MS: '2500',
      SANDBOX_RECONCILE_MS: '300',
      SANDBOX_AGENT_RELAY: '300ms',
      SHUTDOWN_GRACE: '20s',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_API_URL: recorder.apiUrl,
    });
    const { child } = main;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

    const ack = await postSigned(
      `http://127.0.0.1:${main.port}/slack/events`,
      commandBody({ text: CREATE, responseUrl: recorder.responseUrl('create') }),
      { secret: TEST_SIGNING_SECRET },
    );
    expect(ack.status).toBe(200);
    // The job is running once Azure accepted the install: its progress has reached the channel.
    // (A count of 0 is an answer to until(), not "not yet": compare, so it really waits.)
    await until('a progress update of the running job', () => (recorder?.of('chat.update').length ?? 0) > 0, {
      timeoutMs: 15_000,
    });
    child.kill('SIGTERM');

    expect(await exited).toBe(0);
    // A final reply, whatever its outcome: a job's progress shows ⏳ or 🔄, its end one of these.
    const finals = [...recorder.of('chat.update'), ...recorder.of('chat.postMessage')].filter((call) =>
      /:white_check_mark:|:x:|:warning:|:information_source:/.test(JSON.stringify(call.params)),
    );
    const seen = recorder.calls.map((c) => `${c.method} ${JSON.stringify(c.params).match(/:[a-z_]+:/)?.[0] ?? ''}`);
    expect(finals.length, `calls: ${seen.join(', ')}\n${main.stdout().slice(-3000)}`).toBeGreaterThan(0);
    expect(main.stdout()).toContain('stopped');
  }, 60_000);
});
