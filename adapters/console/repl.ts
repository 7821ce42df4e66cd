import { randomUUID } from 'node:crypto';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseDurationMs } from '../../src/platform/parse-duration.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { resolveLocale } from '../../src/replies/locale/locale.ts';
import { clientErrorText } from './client-error-text.ts';
import { endQuietlyOnClosedOutput } from './closed-output.ts';
import { type ConsoleClientOptions, sendDecision, sendMessage } from './console-client.ts';
import type { ConsoleLine } from './console-protocol.ts';
import { Following } from './following.ts';
import { oversizedTextReply } from './oversized-text.ts';
import { pipedQuestion } from './piped-question.ts';
import { PromptWriter } from './prompt-writer.ts';
import { renderText } from './render-text.ts';
import { terminalLocale } from './terminal-locale.ts';
import { terminalSafe } from './terminal-safe.ts';
import { watchLoop } from './watch-loop.ts';

// `npm run chat`: a terminal chat with a running fluxops (`npm start`). With arguments it sends one
// command and exits (for scripts); `--watch` prints what is posted to the channel (alerts,
// recoveries, digests, other clients' commands) until Ctrl-C; without arguments it is a REPL with
// history where Ctrl-D exits, which also shows the channel's messages as they arrive.
// Destructive commands ask y/N here, like the Confirm button in Slack and Teams.

const options: ConsoleClientOptions = {
  baseUrl: process.env.FLUXOPS_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3978'}`,
  token: process.env.CONSOLE_TOKEN,
  answerWaitMs: parseDurationMs(process.env.FLUXOPS_ANSWER_WAIT ?? '') ?? undefined,
};
const user = process.env.FLUXOPS_USER ?? process.env.USER ?? 'you';
const channel = process.env.FLUXOPS_CHANNEL ?? 'console';
const locale = terminalLocale(process.env);
/** The language of the console's own prompts and notes: the terminal's. */
const language = resolveLocale(locale);

/** How the REPL asks and remembers; one-shot mode has neither a watch nor (without a TTY) a prompt. */
interface Session {
  /** Resolves undefined when input ended before an answer came. */
  ask?: (query: string) => Promise<string | undefined>;
  following?: Following;
}

interface Shown {
  token?: string;
  failed: boolean;
  /** The key the stream followed when it gave up waiting (its result will come through the channel). */
  timedOut?: string;
}

/** Prints the stream; returns the confirmation token when the command waits for one, and whether it failed. */
async function show(stream: AsyncGenerator<ConsoleLine>, following?: Following): Promise<Shown> {
  const result: Shown = { failed: false };
  let lastKey: string | undefined;
  // Progress replies repeat earlier steps' lines; a terminal shows each line once, as it appears.
  const shown = new Set<string>();
  let shownConfirm: string[] | undefined;
  for await (const line of stream) {
    if (line.type === 'end') {
      if (line.reason === 'timeout') {
        console.log('… still running; the result will show in the channel when it ends.');
        result.timedOut = lastKey;
      }
      continue;
    }
    if (line.key !== 'ack') lastKey = line.key;
    if (line.token) {
      result.token = line.token;
      following?.confirmation(line.token);
    }
    if (line.reply.status === 'failed') result.failed = true;
    const rendered = renderText(line.reply);
    if (line.reply.status === 'confirm' && shownConfirm) {
      // The live preview of a pending confirmation: print only what it adds to the prompt shown.
      for (const text of rendered.split('\n')) if (!shownConfirm.includes(text)) console.log(text);
    } else if (line.final || line.reply.status === 'confirm' || line.reply.status === 'queued') {
      console.log(rendered);
      if (line.reply.status === 'confirm') shownConfirm = rendered.split('\n');
    } else {
      for (const text of (line.reply.text ?? line.reply.title).split('\n')) {
        if (text.trim() && !shown.has(text)) console.log(`  … ${terminalSafe(text)}`);
        shown.add(text);
      }
    }
  }
  return result;
}

/** Sends one command; with a watch open, its job's key is followed before sending so it prints once. */
async function send(text: string, session: Session): Promise<Shown> {
  const oversized = oversizedTextReply(text, language);
  if (oversized) {
    console.log(renderText(oversized));
    return { failed: true };
  }
  const id = session.following ? randomUUID() : undefined;
  if (id) session.following?.message(id);
  const shown = await show(
    sendMessage(options, { user, channel, text, id, ...(locale ? { locale } : {}) }),
    session.following,
  );
  if (shown.timedOut) session.following?.release(shown.timedOut);
  return shown;
}

async function run(text: string, session: Session): Promise<boolean> {
  const first = await send(text, session);
  if (!first.token) return !first.failed;
  const reply = session.ask ? await session.ask(t(language, 'chrome.console.confirm')) : undefined;
  if (reply === undefined) {
    console.log(t(language, 'chrome.console.not-confirmed'));
    return false;
  }
  const answer = reply.trim().toLowerCase();
  const decision = answer === 'y' || answer === 'yes' ? 'confirm' : 'cancel';
  const decided = { user, channel, token: first.token, decision, ...(locale ? { locale } : {}) } as const;
  const second = await show(sendDecision(options, decided), session.following);
  if (second.timedOut) session.following?.release(second.timedOut);
  return !second.failed;
}

/** `--watch`: the channel's messages on stdout until Ctrl-C; notes about the watch on stderr. */
async function watchOnly(): Promise<void> {
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  await watchLoop({
    locale: language,
    client: options,
    channel,
    signal: stop.signal,
    print: (text) => console.log(text),
    note: (text) => console.error(text),
    onReady: () => console.error(`Watching #${channel} at ${options.baseUrl}; Ctrl-C stops.`),
  });
}

async function repl(): Promise<void> {
  const rl: Interface = createInterface({
    input: process.stdin,
    output: process.stdout,
    historySize: 500,
    prompt: 'flux> ',
  });
  const writer = new PromptWriter(rl);
  // Piped stdin: commands and y/N answers come from one line stream, in order (a pipe delivers
  // lines before the question is asked, so readline's own question() would miss the answer).
  const lines = rl[Symbol.asyncIterator]();
  const ask = process.stdin.isTTY ? (query: string) => writer.question(query) : pipedQuestion(lines);
  const session: Session = { ask, following: new Following() };
  const stop = new AbortController();
  // The channel's own messages (alerts, recoveries, digests) arrive between commands too.
  const watching = watchLoop({
    locale: language,
    client: options,
    channel,
    following: session.following,
    signal: stop.signal,
    print: (text) => writer.print(text),
    note: (text) => writer.print(text),
  }).catch((error: Error) =>
    writer.print(t(language, 'chrome.console.not-watching', { channel, reason: terminalSafe(error.message) })),
  );
  console.log(t(language, 'chrome.console.welcome', { url: options.baseUrl, user, channel }));
  writer.prompt();
  try {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      writer.taken();
      if (line.trim()) {
        await run(line, session).catch((error: unknown) =>
          console.error(clientErrorText(error, options.baseUrl, language).text),
        );
      }
      writer.prompt();
    }
  } finally {
    stop.abort();
    await watching;
  }
}

async function main(): Promise<void> {
  endQuietlyOnClosedOutput(process.stdout, (code) => process.exit(code));
  const args = process.argv.slice(2);
  try {
    if (args.length === 1 && args[0] === '--watch') return await watchOnly();
    if (args.length > 0) {
      const rl = process.stdin.isTTY
        ? createInterface({ input: process.stdin, output: process.stdout })
        : createInterface({ input: process.stdin, terminal: false });
      const ask = process.stdin.isTTY
        ? (query: string) => rl.question(query)
        : pipedQuestion(rl[Symbol.asyncIterator]());
      const ok = await run(args.join(' '), { ask });
      rl.close();
      process.exitCode = ok ? 0 : 1;
      return;
    }
    await repl();
  } catch (error) {
    const failed = clientErrorText(error, options.baseUrl, language);
    console.error(failed.text);
    process.exitCode = failed.exitCode;
  }
}

await main();
