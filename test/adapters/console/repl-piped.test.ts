import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { chat, lastReply } from '../../support/console/console-client.ts';
import { runChat } from '../../support/console/run-chat.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * `npm run chat` with piped stdin: a script answers the y/N question by piping `y`, in one-shot mode
 * and in the REPL, where the answer is the line after the command. The REPL runs every piped line in
 * order, even those still running when the input ended, and then exits 0.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n NAME --namespace NAME --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=infra path=./infrastructure`;

describe('console client with piped stdin', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    for (const name of ['one-shot', 'in-repl', 'no-answer']) {
      expect(lastReply(await chat(app.url!, CREATE.replace(/NAME/g, name), 'alice', 'piped')).status).toBe('succeeded');
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('one-shot: `y` on stdin confirms the destructive command', async () => {
    const { out, code } = await runChat(app.url!, [`flux delete -n one-shot ${ARC}`], 'y\n');
    expect(out).toContain('Confirm? [y/N] y');
    expect(code, out).toBe(0);
    expect(out).toMatch(/✅/);
  }, 60_000);

  it('one-shot: stdin that ends without an answer leaves the prompt unconfirmed', async () => {
    const { out, code } = await runChat(app.url!, [`flux delete -n no-answer ${ARC}`], '');
    expect(out).toContain('Not confirmed (nothing to read the answer from)');
    expect(code).toBe(1);
  }, 60_000);

  it('REPL: every piped line runs, in order, and the end of input ends it with exit 0', async () => {
    const { out, code } = await runChat(app.url!, [], 'context\nflux lst\nhelp use\n');
    const context = out.indexOf('No cluster for this channel');
    const typo = out.indexOf("'lst' is not a sub-command of `flux`");
    const help = out.indexOf('ℹ️ help use');
    expect(context, out).toBeGreaterThan(-1);
    expect(typo, out).toBeGreaterThan(context);
    expect(help, out).toBeGreaterThan(typo);
    expect(out).not.toContain('readline was closed');
    expect(code, out).toBe(0);
  }, 60_000);

  it('REPL: the line after the command answers its question', async () => {
    // A command before it lets the input end (and readline close) before the question is asked.
    const { out, code } = await runChat(app.url!, [], `context\nflux delete -n in-repl ${ARC}\ny\n`);
    expect(out).toContain('Confirm? [y/N] y');
    expect(code, out).toBe(0);
    expect(lastReply(await chat(app.url!, `flux show -n in-repl ${ARC}`, 'alice', 'piped')).status).toBe('failed');
  }, 60_000);
});
