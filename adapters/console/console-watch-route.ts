import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import { type Router, sendJson } from '../../src/platform/http-router.ts';
import type { ConsoleBus } from './console-bus.ts';
import { CHANNEL_PATTERN, consoleGuard } from './console-guard.ts';
import type { WatchLine } from './console-protocol.ts';

/**
 * GET /console/channels/:channel/stream: everything posted to a console channel, as NDJSON, until
 * the client hangs up. This is how alerts, their recoveries and digests — which answer no command —
 * reach a terminal. Which messages a client already shows through its own command streams only the
 * client knows (see Following in following.ts), so the client filters; the server forwards all but
 * updateOnly messages for keys this stream never showed (a confirmation preview belongs to the
 * prompt in its requester's command stream; deliverers drop those updates the same way) and
 * messages meant for one user alone (`privateTo`), which only that user's command stream shows.
 */
export interface ConsoleWatchOptions {
  bus: ConsoleBus;
  token?: string;
  /** A line every so often on a quiet channel, so fetch's body timeout and proxies keep it open. */
  heartbeatMs?: number;
}

/** How many keys a stream remembers for the updateOnly rule; old keys are long settled. */
const REMEMBERED_KEYS = 1_000;
const SUBSCRIBE_WAIT_MS = 5_000;

async function watch(res: ServerResponse, bus: ConsoleBus, channel: string, heartbeatMs: number): Promise<void> {
  const shown = new Set<string>();
  const write = (line: WatchLine) => res.write(`${JSON.stringify(line)}\n`);
  const onMessage = (m: NotifyMessage) => {
    // For its requester's own command stream only (the `alerts setup` key), never for a watcher.
    if (m.privateTo) return;
    if (m.updateOnly && !shown.has(m.key)) return;
    shown.delete(m.key);
    shown.add(m.key);
    if (shown.size > REMEMBERED_KEYS) shown.delete(shown.values().next().value as string);
    write({ type: 'message', key: m.key, seq: m.seq, reply: m.reply, threadOf: m.threadOf });
  };
  let closed = false;
  const ended = new Promise<void>((resolve) =>
    res.once('close', () => {
      closed = true;
      resolve();
    }),
  );
  // With Redis down the subscription never confirms: say so instead of holding a silent stream open.
  const listening = bus.listen(channel, onMessage);
  const stop = await Promise.race([
    listening,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), SUBSCRIBE_WAIT_MS).unref()),
  ]);
  if (!stop) {
    listening.then((late) => late()).catch(() => {});
    sendJson(res, 503, { error: 'the console channel is unavailable (Redis did not confirm the subscription)' });
    return;
  }
  const heartbeat = setInterval(() => write({ type: 'heartbeat' }), heartbeatMs);
  try {
    if (closed) return;
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    // Headers and `ready` together: once the client reads `ready`, nothing published is missed.
    write({ type: 'ready', channel });
    await ended;
  } finally {
    clearInterval(heartbeat);
    await stop();
  }
}

export function registerConsoleWatchRoute(router: Router, options: ConsoleWatchOptions): void {
  const guard = consoleGuard(options.token);
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  router.add('GET', '/console/channels/:channel/stream', async (req: IncomingMessage, res: ServerResponse, params) => {
    if (!guard(req, res)) return;
    const channel = params.channel ?? '';
    if (!CHANNEL_PATTERN.test(channel)) {
      sendJson(res, 400, { error: 'invalid channel: 1-100 letters, digits, . _ - only' });
      return;
    }
    await watch(res, options.bus, channel, heartbeatMs);
  });
}
