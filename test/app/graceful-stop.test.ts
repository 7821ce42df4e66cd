import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/platform/free-port.ts';
import { commandBody, postSigned, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack/signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from '../support/slack/slack-recorder.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * SIGTERM to a real fluxops process (sandbox, Slack pointed at a recorder) while a `flux create`
 * runs: the process finishes the job, delivers its final reply itself, then exits 0 — the reply is
 * not left in Redis for some later process.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CREATE =
  'flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config --namespace cluster-config ' +
  '--scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ' +
  '--kustomization name=infra path=./infrastructure prune=true';

describe('SIGTERM mid-job', () => {
  let child: ChildProcess | undefined;
  let recorder: SlackRecorder | undefined;
  const prefix = testPrefix();
  afterAll(async () => {
    child?.kill('SIGKILL');
    await recorder?.close();
    await deleteKeys('redis://127.0.0.1:6379', prefix);
  });

  it('finishes the active job and delivers its final reply before exiting', async () => {
    recorder = await startSlackRecorder();
    const port = await freePort();
    const output: string[] = [];
    child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        FLUXOPS_QUEUE_PREFIX: prefix,
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SANDBOX_OPERATION_MS: '2500',
        SANDBOX_RECONCILE_MS: '300',
        SHUTDOWN_GRACE: '20s',
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
        SLACK_API_URL: recorder.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<number | null>((done) => child?.once('exit', (code) => done(code)));
    await until('the process to listen', () => output.join('').includes('http ingress listening'), {
      timeoutMs: 20_000,
    });

    const ack = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      commandBody({ text: CREATE, responseUrl: recorder.responseUrl('create') }),
      { secret: TEST_SIGNING_SECRET },
    );
    expect(ack.status).toBe(200);
    // The job is running once Azure accepted the install: its progress has reached the channel.
    await until('a progress update of the running job', () => recorder?.of('chat.update').length, {
      timeoutMs: 15_000,
    });
    child.kill('SIGTERM');

    const code = await exited;
    if (code !== 0) console.log(output.join(''));
    expect(code).toBe(0);
    const finals = [...(recorder.of('chat.update') ?? []), ...(recorder.of('chat.postMessage') ?? [])].filter((call) =>
      JSON.stringify(call.params).includes(':white_check_mark:'),
    );
    expect(finals.length).toBeGreaterThan(0);
    expect(output.join('')).toContain('stopped');
  }, 60_000);
});
