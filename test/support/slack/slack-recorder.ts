import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from '../until.ts';
import { slackRefusal } from './block-limits.ts';

/**
 * A wire-level stand-in for slack.com: the app's Web API client is pointed at it (SLACK_API_URL)
 * and response_url payloads name it, so every call fluxops makes to Slack is recorded here in order.
 * It answers like Slack (ts values, users.info locale, apps.connections.open URL) and can be told
 * to answer a method with 429 + Retry-After. Like Slack, it refuses messages over the Block Kit and
 * text limits (block-limits.ts), and can be told to refuse the next calls of a method. Given
 * `tiers`, it also enforces rate limits the way Slack does: over a method's budget (per workspace,
 * or per channel) a call is answered 429 with Retry-After in whole seconds. Tokens are never
 * stored: only whether one was sent.
 */

/** A rate limit the recorder enforces: at most `max` calls in any `ms`, per workspace or per channel. */
interface RecorderTier {
  max: number;
  ms: number;
  per: 'workspace' | 'channel';
}

export interface SlackRecorderOptions {
  /** Budgets per method, e.g. `{ 'chat.update': [{ max: 50, ms: 60_000, per: 'workspace' }] }`. */
  tiers?: Record<string, RecorderTier[]>;
}
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  authorized: boolean;
  at: number;
  /** What the recorder answered (status and body). */
  status?: number;
  response?: Record<string, unknown>;
}

export interface SlackRecorder {
  apiUrl: string;
  calls: RecordedCall[];
  /** Payloads posted to response URLs handed out by `responseUrl()`. */
  responses: { id: string; body: Record<string, unknown>; at: number }[];
  responseUrl(id: string): string;
  /** The next `times` calls of `method` are refused with `error` (`msg_too_long`, `invalid_blocks`, …). */
  refuse(method: string, error: string, times?: number): void;
  /** The next `times` calls of `method` get 429 with `Retry-After: seconds`. */
  rateLimit(method: string, seconds: number, times?: number): void;
  /** The bot is not a member of `channel`: every chat.* call there is answered `not_in_channel`. */
  leaveChannel(channel: string): void;
  /** Every call of `method` is answered after `ms` (a slow Slack). */
  delay(method: string, ms: number): void;
  /** users.info answers with this locale for this user. */
  setLocale(user: string, locale: string): void;
  /** usergroups.users.list answers these members for the group `id`; unknown groups get `no_such_subteam`. */
  setGroup(id: string, users: string[]): void;
  /** apps.connections.open answers with this WebSocket URL. */
  setSocketUrl(url: string): void;
  of(method: string): RecordedCall[];
  waitFor(predicate: (r: SlackRecorder) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API bodies are form-encoded with JSON-encoded complex values (blocks); decode both. */
function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (key === 'token') continue;
    try {
      params[key] = value.startsWith('[') || value.startsWith('{') ? JSON.parse(value) : value;
    } catch {
      params[key] = value;
    }
  }
  return params;
}

/**
 * Seconds until `times` (accepted calls of one budget) leaves room for one more under `tier`, or 0.
 * Accepted calls only are counted: a refused call costs the caller nothing but the wait.
 */
function tierWait(times: number[], tier: RecorderTier, now: number): number {
  const inside = times.filter((t) => t > now - tier.ms);
  if (inside.length < tier.max) return 0;
  const oldest = inside[inside.length - tier.max]!;
  return Math.max(1, Math.ceil((oldest + tier.ms - now) / 1000));
}

export async function startSlackRecorder(options: SlackRecorderOptions = {}): Promise<SlackRecorder> {
  const tiers = options.tiers ?? {};
  /** Accepted call times per budget (`method` or `method channel`). */
  const accepted = new Map<string, number[]>();
  const calls: RecordedCall[] = [];
  const responses: SlackRecorder['responses'] = [];
  const limits = new Map<string, { seconds: number; times: number }>();
  const refusals = new Map<string, { error: string; times: number }>();
  const locales = new Map<string, string>();
  const delays = new Map<string, number>();
  const groups = new Map<string, string[]>();
  const notMemberOf = new Set<string>();
  let socketUrl = '';
  let ts = 1_700_000_000_000;
  const nextTs = () => {
    ts += 1;
    return `${Math.floor(ts / 1000)}.${String(ts % 1000).padStart(6, '0')}`;
  };

  const answer = (method: string, params: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: nextTs(), message: { text: params.text } };
      case 'chat.update':
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      case 'users.info': {
        const user = String(params.user);
        return { ok: true, user: { id: user, name: user, locale: locales.get(user) ?? 'en-US' } };
      }
      case 'usergroups.users.list': {
        const users = groups.get(String(params.usergroup));
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(params.users).replace(/^U/, '')}` } };
      case 'auth.test':
        return { ok: true, team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT', team: 'test' };
      case 'apps.connections.open':
        return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: 'not_configured' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith('/respond/')) {
      responses.push({ id: path.slice('/respond/'.length), body: JSON.parse(raw || '{}'), at: Date.now() });
      return send(200, { ok: true });
    }
    if (!path.startsWith('/api/')) return send(404, { ok: false, error: 'not_found' });
    const method = path.slice('/api/'.length);
    const params = decodeParams(raw, req.headers['content-type']);
    const call: RecordedCall = {
      method,
      params,
      authorized: /^Bearer x/.test(req.headers.authorization ?? ''),
      at: Date.now(),
    };
    calls.push(call);
    const delay = delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const limit = limits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      call.status = 429;
      call.response = { ok: false, error: 'ratelimited' };
      return send(429, call.response, { 'retry-after': String(limit.seconds) });
    }
    const budgets = (tiers[method] ?? []).map((tier) => ({
      tier,
      key: tier.per === 'channel' ? `${method} ${String(params.channel)}` : method,
    }));
    const now = Date.now();
    const wait = Math.max(0, ...budgets.map((b) => tierWait(accepted.get(b.key) ?? [], b.tier, now)));
    if (wait > 0) {
      call.status = 429;
      call.response = { ok: false, error: 'ratelimited' };
      return send(429, call.response, { 'retry-after': String(wait) });
    }
    for (const b of budgets) accepted.set(b.key, [...(accepted.get(b.key) ?? []), now]);
    call.status = 200;
    const forced = refusals.get(method);
    let refusal = method.startsWith('chat.') ? slackRefusal(params) : undefined;
    if (method.startsWith('chat.') && notMemberOf.has(String(params.channel))) refusal = 'not_in_channel';
    if (forced && forced.times > 0) {
      forced.times -= 1;
      refusal = forced.error;
    }
    call.response = refusal ? { ok: false, error: refusal } : answer(method, params);
    send(200, call.response);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const recorder: SlackRecorder = {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${base}/respond/${id}`,
    refuse: (method, error, times = 1) => refusals.set(method, { error, times }),
    rateLimit: (method, seconds, times = 1) => limits.set(method, { seconds, times }),
    delay: (method, ms) => delays.set(method, ms),
    leaveChannel: (channel) => notMemberOf.add(channel),
    setLocale: (user, locale) => locales.set(user, locale),
    setGroup: (id, users) => groups.set(id, users),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    of: (method) => calls.filter((c) => c.method === method),
    async waitFor(predicate, timeoutMs = 15_000) {
      await until(
        () => `the recorder's condition; calls: ${calls.map((c) => c.method).join(', ')}`,
        () => predicate(recorder),
        { timeoutMs },
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return recorder;
}
