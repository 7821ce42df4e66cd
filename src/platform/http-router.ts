import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodePathParams } from './decode-path-params.ts';

/**
 * The shared HTTP ingress: one server, routes registered by each adapter (Slack, Teams, console,
 * webhooks). Deliberately tiny — every route reads its own body because Slack and webhook signature
 * checks need the raw bytes.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => unknown;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

export class Router {
  private readonly routes: Route[] = [];

  /** `path` may hold `:name` segments, e.g. `/webhooks/flux/:cluster`. */
  add(method: string, path: string, handler: RouteHandler): void {
    const keys: string[] = [];
    const source = path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      const params = decodePathParams(route.keys, match.slice(1));
      if (!params) {
        sendJson(res, 400, {
          error:
            'malformed URL: a path segment has an invalid percent-encoding; encode "%" as %25 and other reserved characters as %XX with two hex digits',
          example: '/webhooks/flux/flux-demo-arc',
        });
        return;
      }
      await route.handler(req, res, params);
      return;
    }
    sendJson(res, pathMatched ? 405 : 404, { error: pathMatched ? 'method not allowed' : 'not found' });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** Reads the raw body, refusing more than `limitBytes` (a webhook must not be able to exhaust memory). */
export async function readBody(req: IncomingMessage, limitBytes = 1_048_576): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new BodyTooLargeError(`body larger than ${limitBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
