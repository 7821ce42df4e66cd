import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type NotifyMessage, privateKeyOf } from '../../src/notify/notify-port.ts';
import { type Router, readBody, sendJson } from '../../src/platform/http-router.ts';
import { isFinal } from '../../src/replies/reply.ts';
import type { ChatRequest } from '../../src/submit/chat-request.ts';
import { commit, type SubmitOutcome } from '../../src/submit/commit.ts';
import { decide } from '../../src/submit/decide.ts';
import { prepare } from '../../src/submit/prepare.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import type { ConsoleBus } from './console-bus.ts';
import { consoleGuard } from './console-guard.ts';
import { CONSOLE_MESSAGE_BYTES, CONSOLE_TEXT_CHARS } from './console-limits.ts';
import type { ConsoleLine } from './console-protocol.ts';

// The local chat of sandbox mode. POST /console/messages takes `{user, channel, text}` and streams
// NDJSON lines: the immediate reply, then every update of the job's message until it is final.
// Only loopback clients are served; with CONSOLE_TOKEN set a matching bearer token is required too.

const MessageBody = z.object({
  user: z.string().min(1).max(100),
  channel: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ - only'),
  /** Bounded for transport only: the parser refuses a text over its own limit, in the reader's language. */
  text: z.string().max(CONSOLE_TEXT_CHARS),
  id: z.string().min(1).max(200).optional(),
  /** The client's LANG/LC_ALL (`ja_JP.UTF-8`), so replies come in the reader's language. */
  locale: z.string().max(100).optional(),
});

const DecisionBody = z.object({
  user: z.string().min(1).max(100),
  channel: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._-]+$/),
  token: z.string().min(1).max(100),
  decision: z.enum(['confirm', 'cancel']),
  locale: z.string().max(100).optional(),
});

export interface ConsoleRouteOptions {
  bus: ConsoleBus;
  deps: SubmitDeps;
  token?: string;
  /** CONSOLE_USER: when set, every request is this user and the body's `user` is ignored. */
  identity?: string;
  /** How long a stream waits for the job's final reply. */
  maxWaitMs?: number;
  /** How long a confirmation prompt's stream waits for its live preview before ending without it. */
  previewWaitMs?: number;
}

async function parseJson<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
  limitBytes = 64 * 1024,
): Promise<T | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readBody(req, limitBytes)).toString('utf8'));
  } catch {
    sendJson(res, 400, { error: 'body must be JSON, e.g. {"user":"alice","channel":"ops","text":"flux list"}' });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    sendJson(res, 400, { error: `invalid ${issue?.path.join('.') || 'body'}: ${issue?.message}` });
    return undefined;
  }
  return parsed.data;
}

/**
 * What the stream waits for after the immediate reply: a queued job's updates until the final one,
 * or a confirmation prompt's live preview (one update, same token), for at most `previewWaitMs`.
 */
type Follow = { key: string; until: 'final' | 'first'; waitMs: number };

function followOf(outcome: SubmitOutcome, maxWaitMs: number, previewWaitMs: number): Follow | undefined {
  if (outcome.status === 'queued' && !outcome.duplicate)
    return { key: outcome.jobId, until: 'final', waitMs: maxWaitMs };
  if (outcome.status === 'confirm' && outcome.previewKey) {
    return { key: outcome.previewKey, until: 'first', waitMs: previewWaitMs };
  }
  return undefined;
}

/** Streams the outcome, then (for a queued job) the job's updates until its final reply. */
async function stream(
  res: ServerResponse,
  outcome: SubmitOutcome,
  pending: NotifyMessage[],
  wait: (onMessage: (m: NotifyMessage) => void) => void,
  waits: { maxWaitMs: number; previewWaitMs: number },
  userId: string,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  const write = (line: ConsoleLine) => res.write(`${JSON.stringify(line)}\n`);
  const token = 'token' in outcome ? outcome.token : undefined;
  write({ type: 'reply', key: 'ack', final: outcome.status !== 'queued', reply: outcome.reply, token });
  const follow = followOf(outcome, waits.maxWaitMs, waits.previewWaitMs);
  if (!follow) {
    write({ type: 'end', reason: 'done' });
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      // A preview that does not come is no failure: the prompt above still works.
      write({ type: 'end', reason: follow.until === 'first' ? 'done' : 'timeout' });
      resolve();
    }, follow.waitMs);
    // A job may also send its requester a message alone (privateTo): shown here, to that user only,
    // and the stream ends once both it and the job's final reply arrived.
    // Notify jobs run in parallel, so an older update of the message can arrive after a newer one, even
    // after the final reply: only a newer version (higher seq) is written, and nothing after the final.
    let finalSeen = false;
    let privateAwaited = false;
    let privateSeen = false;
    let lastSeq = -1;
    let ended = false;
    const onMessage = (m: NotifyMessage) => {
      const own = m.key === privateKeyOf(follow.key) && m.privateTo?.id === userId;
      if ((m.key !== follow.key && !own) || ended) return;
      if (!own) {
        if (m.seq <= lastSeq || finalSeen) return;
        lastSeq = m.seq;
      }
      const complete = own || follow.until === 'first' || isFinal(m.reply.status);
      if (own) privateSeen = true;
      else {
        finalSeen = complete;
        privateAwaited = m.reply.sentPrivately === true;
      }
      write({
        type: 'reply',
        key: m.key,
        final: complete,
        reply: m.reply,
        token: follow.until === 'first' ? token : undefined,
      });
      if (finalSeen && (!privateAwaited || privateSeen)) {
        ended = true;
        clearTimeout(timer);
        write({ type: 'end', reason: 'done' });
        resolve();
      }
    };
    res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    for (const m of pending.splice(0).sort((a, b) => a.seq - b.seq)) onMessage(m);
    wait(onMessage);
  });
  res.end();
}

export function registerConsoleRoutes(router: Router, options: ConsoleRouteOptions): void {
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const previewWaitMs = options.previewWaitMs ?? 8_000;
  const guard = consoleGuard(options.token);
  const userOf = (claimed: string) => {
    const name = options.identity ?? claimed;
    return { id: name, name };
  };

  const run = async (res: ServerResponse, channel: string, userId: string, act: () => Promise<SubmitOutcome>) => {
    // Subscribe before submitting, so a fast worker's first update cannot slip past us.
    const pending: NotifyMessage[] = [];
    let deliver: (m: NotifyMessage) => void = (m) => pending.push(m);
    // With Redis down the subscription never confirms; go on without it so prepare() can answer
    // "queue unavailable" at once instead of the stream hanging.
    const stop = await Promise.race([
      options.bus.listen(channel, (m) => deliver(m)),
      new Promise<() => Promise<void>>((resolve) => setTimeout(() => resolve(async () => {}), 1_000).unref()),
    ]);
    try {
      const outcome = await act();
      await stream(
        res,
        outcome,
        pending,
        (fn) => {
          deliver = fn;
        },
        { maxWaitMs, previewWaitMs },
        userId,
      );
    } finally {
      await stop();
    }
  };

  router.add('POST', '/console/messages', async (req, res) => {
    if (!guard(req, res)) return;
    const body = await parseJson(req, res, MessageBody, CONSOLE_MESSAGE_BYTES);
    if (!body) return;
    const request: ChatRequest = {
      deliveryId: body.id ?? randomUUID(),
      address: { platform: 'console', channel: body.channel },
      user: userOf(body.user),
      text: body.text,
      receivedAt: new Date().toISOString(),
    };
    if (body.locale !== undefined) request.locale = body.locale;
    await run(res, body.channel, request.user.id, async () =>
      commit(await prepare(request, options.deps), options.deps),
    );
  });

  router.add('POST', '/console/decisions', async (req, res) => {
    if (!guard(req, res)) return;
    const body = await parseJson(req, res, DecisionBody);
    if (!body) return;
    const address = { platform: 'console' as const, channel: body.channel };
    await run(res, body.channel, userOf(body.user).id, () =>
      decide(
        {
          token: body.token,
          decision: body.decision,
          user: userOf(body.user),
          address,
          ...(body.locale ? { locale: body.locale } : {}),
        },
        options.deps,
      ),
    );
  });
}
