import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../src/platform/http-router.ts';

/**
 * The one gate of every console route: the console runs commands as whoever the body names, so only
 * this machine may talk to it, and with CONSOLE_TOKEN set only a client that knows the token.
 */
function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers 403/401 itself and returns false when the request may not use the console. */
export function consoleGuard(token: string | undefined): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (!isLoopback(req)) {
      sendJson(res, 403, { error: 'the console endpoint only answers on this machine (127.0.0.1)' });
      return false;
    }
    if (token && !tokenMatches(req, token)) {
      sendJson(res, 401, { error: 'missing or wrong bearer token (CONSOLE_TOKEN)' });
      return false;
    }
    return true;
  };
}

/** Console channel names: what `FLUXOPS_CHANNEL` may be, and a safe Redis channel suffix. */
export const CHANNEL_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
