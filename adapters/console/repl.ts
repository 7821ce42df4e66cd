import { createInterface, type Interface } from 'node:readline/promises';
import { type ConsoleClientOptions, sendDecision, sendMessage } from './console-client.ts';
import type { ConsoleLine } from './console-protocol.ts';
import { renderText } from './render-text.ts';

/**
 * `npm run chat`: a terminal chat with a running fluxops (`npm start`). With arguments it sends one
 * command and exits (for scripts); without, it is a REPL with history where Ctrl-D exits.
 * Destructive commands ask y/N here, like the Confirm button in Slack and Teams.
 */

const options: ConsoleClientOptions = {
  baseUrl: process.env.FLUXOPS_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3978'}`,
  token: process.env.CONSOLE_TOKEN,
};
const user = process.env.FLUXOPS_USER ?? process.env.USER ?? 'you';
const channel = process.env.FLUXOPS_CHANNEL ?? 'console';

/** Prints the stream; returns the confirmation token when the command waits for one, and whether it failed. */
async function show(stream: AsyncGenerator<ConsoleLine>): Promise<{ token?: string; failed: boolean }> {
  let token: string | undefined;
  let failed = false;
  // Progress replies repeat earlier steps' lines; a terminal shows each line once, as it appears.
  const shown = new Set<string>();
  let shownConfirm: string[] | undefined;
  for await (const line of stream) {
    if (line.type === 'end') {
      if (line.reason === 'timeout') console.log('… still running; the result will show in the channel when it ends.');
      continue;
    }
    if (line.token) token = line.token;
    if (line.reply.status === 'failed') failed = true;
    const rendered = renderText(line.reply);
    if (line.reply.status === 'confirm' && shownConfirm) {
      // The live preview of a pending confirmation: print only what it adds to the prompt shown.
      for (const text of rendered.split('\n')) if (!shownConfirm.includes(text)) console.log(text);
    } else if (line.final || line.reply.status === 'confirm' || line.reply.status === 'queued') {
      console.log(rendered);
      if (line.reply.status === 'confirm') shownConfirm = rendered.split('\n');
    } else {
      for (const text of (line.reply.text ?? line.reply.title).split('\n')) {
        if (text.trim() && !shown.has(text)) console.log(`  … ${text}`);
        shown.add(text);
      }
    }
  }
  return { token, failed };
}

async function run(text: string, rl: Interface | undefined): Promise<boolean> {
  const first = await show(sendMessage(options, { user, channel, text }));
  if (!first.token) return !first.failed;
  if (!rl) {
    console.log('Not confirmed (no terminal to ask). Re-run with --yes to skip the confirmation.');
    return false;
  }
  const answer = (await rl.question('Confirm? [y/N] ')).trim().toLowerCase();
  const decision = answer === 'y' || answer === 'yes' ? 'confirm' : 'cancel';
  const second = await show(sendDecision(options, { user, channel, token: first.token, decision }));
  return !second.failed;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  try {
    if (args.length > 0) {
      const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
      const ok = await run(args.join(' '), rl);
      rl?.close();
      process.exitCode = ok ? 0 : 1;
      return;
    }
    const rl = createInterface({ input: process.stdin, output: process.stdout, historySize: 500, prompt: 'flux> ' });
    console.log(`fluxops console — ${options.baseUrl} as ${user} in #${channel}. Type \`help\`; Ctrl-D exits.`);
    rl.prompt();
    for await (const line of rl) {
      if (line.trim()) await run(line, rl).catch((e: Error) => console.error(e.message));
      rl.prompt();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const refused = /ECONNREFUSED|fetch failed/.test(message);
    console.error(refused ? `fluxops is not running at ${options.baseUrl}. Start it with \`npm start\`.` : message);
    process.exitCode = 2;
  }
}

await main();
