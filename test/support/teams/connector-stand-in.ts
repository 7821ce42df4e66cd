import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { until } from '../until.ts';
import { cardStatus } from './card-reading.ts';

/**
 * A wire-level stand-in for the Bot Framework connector (the service at an activity's serviceUrl):
 * records what the bot sends, answers like the real REST API (`{id}`; createConversation in a
 * channel with `{id: '<channel>;messageid=<post>', activityId}`), refuses activities above
 * 100 KB as UTF-16 with 413 like the real one, and can be told to refuse the next sends with a
 * status, to exercise the retry paths.
 */

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity replied to (POST …/activities/:id) or updated (PUT …/activities/:id). */
  targetId?: string;
  /** The id this call created or updated. */
  id: string;
  /**
   * Set on createConversation (POST /v3/conversations), which starts a channel thread with this
   * activity: `conversationId` is then the channel and `id` the new post's.
   */
  startedThread?: boolean;
  activity: Record<string, unknown>;
  at: number;
}

/** A conversation the bot created (POST /v3/conversations): a 1:1 chat with `members`. */
interface CreatedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

export interface ConnectorStandIn {
  url: string;
  calls: ConnectorCall[];
  /** Conversations the bot created, in order; each answers `a:1on1-<first member's id>`. */
  created: CreatedConversation[];
  /** Answers the next `count` sends with `status` (and Retry-After when given). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  refused: { status: number; at: number }[];
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

/** The connector refuses an activity above 100 KB counted as UTF-16 (two bytes a code unit) with 413. */
const MAX_ACTIVITY_UTF16_BYTES = 100 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `host` is where it listens: another loopback address (127.0.0.2) plays a host outside the serviceUrl allow-list. */
export async function startConnectorStandIn(host = '127.0.0.1'): Promise<ConnectorStandIn> {
  const calls: ConnectorCall[] = [];
  const created: CreatedConversation[] = [];
  const refused: { status: number; at: number }[] = [];
  let failures: { remaining: number; status: number; retryAfter?: number } = { remaining: 0, status: 0 };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      const creates = path === '/v3/conversations' && req.method === 'POST';
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (!creates && (!match || (req.method !== 'POST' && req.method !== 'PUT'))) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
        return;
      }
      const body = await readBody(req);
      if (body.length * 2 > MAX_ACTIVITY_UTF16_BYTES) {
        refused.push({ status: 413, at: Date.now() });
        res.writeHead(413, { 'content-type': 'application/json' }).end('{"error":{"code":"MessageSizeTooBig"}}');
        return;
      }
      const activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      if (failures.remaining > 0) {
        failures.remaining -= 1;
        refused.push({ status: failures.status, at: Date.now() });
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (failures.retryAfter !== undefined) headers['retry-after'] = String(failures.retryAfter);
        res.writeHead(failures.status, headers).end(JSON.stringify({ error: { code: 'StandInRefused' } }));
        return;
      }
      if (creates) {
        const parameters = activity as {
          activity?: Record<string, unknown>;
          channelData?: { channel?: { id?: string } };
        };
        const channel = parameters.channelData?.channel?.id;
        const members = (activity.members as { id?: string }[] | undefined) ?? [];
        if (!channel && members.length > 0) {
          // A 1:1 chat with one user (no channel): Teams answers the chat's id, which starts `a:`.
          const id = `a:1on1-${members[0]?.id ?? 'unknown'}`;
          created.push({ id, parameters: activity });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
          return;
        }
        if (!channel) {
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"BadArgument"}}');
          return;
        }
        const id = `${Date.now()}${String(calls.length).padStart(4, '0')}`;
        calls.push({
          method: 'POST',
          conversationId: channel,
          id,
          activity: parameters.activity ?? {},
          startedThread: true,
          at: Date.now(),
        });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: `${channel};messageid=${id}`, activityId: id }));
        return;
      }
      const conversationId = decodeURIComponent(match![1]!);
      const targetId = match![2] ? decodeURIComponent(match![2]) : undefined;
      const id = req.method === 'PUT' && targetId ? targetId : `act-${randomUUID()}`;
      calls.push({ method: req.method as 'POST' | 'PUT', conversationId, targetId, id, activity, at: Date.now() });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}/`,
    calls,
    created,
    refused,
    failNext(count, status, retryAfterSeconds) {
      failures = { remaining: count, status, retryAfter: retryAfterSeconds };
    },
    async waitFor(predicate, timeoutMs = 20_000) {
      await until(
        () =>
          `the connector stand-in's condition; calls: ${JSON.stringify(calls.map((c) => ({ m: c.method, conv: c.conversationId, target: c.targetId, status: cardStatus(c) })))}`,
        () => predicate(calls),
        { timeoutMs },
      );
      return calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
