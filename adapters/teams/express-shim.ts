import type { IncomingMessage, ServerResponse } from 'node:http';

// CloudAdapter.process expects express-like objects (`req.body` already parsed, `res.status()`,
// `res.send()`, `res.header()`, `res.end()`). The shared server is plain node:http, so this is the
// minimal bridge between the two.

export interface BotRequest {
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

export interface BotResponse {
  socket: unknown;
  status(code: number): BotResponse;
  header(name: string, value: unknown): BotResponse;
  send(body?: unknown): BotResponse;
  end(): BotResponse;
}

export function toBotRequest(req: IncomingMessage, body: Record<string, unknown>): BotRequest {
  return { body, headers: req.headers, method: req.method };
}

export function toBotResponse(res: ServerResponse): BotResponse {
  let status = 200;
  let payload: string | undefined;
  const headers: Record<string, string> = {};
  const shim: BotResponse = {
    socket: res.socket,
    status(code) {
      status = code;
      return shim;
    },
    header(name, value) {
      headers[name.toLowerCase()] = String(value);
      return shim;
    },
    send(body) {
      if (body === undefined) return shim;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        payload = body.toString();
        headers['content-type'] ??= 'text/plain; charset=utf-8';
      } else {
        payload = JSON.stringify(body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
      }
      return shim;
    },
    end() {
      if (res.headersSent) return shim;
      res.writeHead(status, headers);
      res.end(payload);
      return shim;
    },
  };
  return shim;
}
