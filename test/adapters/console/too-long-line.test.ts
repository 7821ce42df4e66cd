import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_TEXT_CHARS } from '../../../adapters/console/console-limits.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { INPUT_LIMITS } from '../../../src/commands/input-limits.ts';
import { chat, lastReply } from '../../support/console/console-client.ts';
import { runChat } from '../../support/console/run-chat.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * A line longer than the parser reads gets the parser's own refusal, in the terminal's language and
 * with its example, like any other refused command (exit 1): the console endpoint's cap is for
 * transport only, well above the parser's limit, and a line past even that is answered by the client.
 */
describe('a too-long console line', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reaches the parser, which refuses it in Japanese with its example', async () => {
    const line = `flux show ${'x'.repeat(INPUT_LIMITS.chars)}`;
    const { out, code } = await runChat(app.url!, [line], '', { LANG: 'ja_JP.UTF-8', LC_ALL: undefined });
    expect(out).toContain(`メッセージは ${line.length} 文字あります。fluxops が読むのは 20000 文字までです。`);
    expect(out).toContain('flux show cluster-config');
    expect(out).not.toContain('console endpoint answered');
    expect(code, out).toBe(1);
  }, 60_000);

  it('the endpoint takes a text at its cap and the parser refuses it', async () => {
    const reply = lastReply(await chat(app.url!, 'x'.repeat(CONSOLE_TEXT_CHARS), 'bob', 'long'));
    expect(reply.status).toBe('failed');
    expect(reply.text).toContain(`${CONSOLE_TEXT_CHARS} characters long`);
  });

  it('past the endpoint cap, the client answers with the same refusal', async () => {
    const line = 'x'.repeat(CONSOLE_TEXT_CHARS + 1);
    const { out, code } = await runChat(app.url!, [line], '', { LANG: 'fr_FR.UTF-8', LC_ALL: undefined });
    expect(out).toContain(`Le message fait ${CONSOLE_TEXT_CHARS + 1} caractères ; fluxops en lit au plus 20000.`);
    expect(out).toContain('flux show cluster-config');
    expect(code, out).toBe(1);
  }, 60_000);
});
