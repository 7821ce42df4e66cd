// The standalone sandbox's control endpoint (FLUXOPS_SANDBOX_URL): plain HTTP on loopback, like the
// kube stand-ins. GET /sandbox/world describes the shared world (stand-in URLs, the CA to trust,
// each cluster's kube API and token); GET /sandbox/requests is the ARM stand-in's request log (tests
// and benchmarks count writes with it; `?from=N` skips the first N); POST /sandbox/chat pulls the kube
// stand-ins' fault levers for `sandbox oom|fail|recover|drift …` typed in any fluxops process.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from '../arm/request-log.ts';
import type { KubeSandbox } from '../kube/kube-sandbox.ts';
import { parseSandboxChat, runSandboxChat } from '../kube/sandbox-chat.ts';
import { SANDBOX_PATHS, type SandboxDescriptor } from './descriptor.ts';

const MAX_CHAT_BYTES = 4096;

export interface ControlServer {
  url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readText(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_CHAT_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `{"text":"sandbox fail podinfo"}` → the lever's reply; anything else a 400 that says what is accepted. */
async function chat(kube: KubeSandbox, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = await readText(request);
  let parsed: unknown;
  try {
    parsed = text === undefined ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const said = (parsed as { text?: unknown } | undefined)?.text;
  const command = typeof said === 'string' ? parseSandboxChat(said) : undefined;
  if (!command) {
    send(response, 400, {
      error: `body must be JSON with a sandbox command of at most ${MAX_CHAT_BYTES} bytes, e.g. {"text":"sandbox fail podinfo"}`,
    });
    return;
  }
  send(response, 200, runSandboxChat(kube, command));
}

export async function startControlServer(options: {
  describe: () => SandboxDescriptor;
  requests: RecordedRequest[];
  kube: KubeSandbox;
  port: number;
}): Promise<ControlServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const route = `${request.method} ${url.pathname}`;
    if (route === `GET ${SANDBOX_PATHS.world}`) return send(response, 200, options.describe());
    if (route === `GET ${SANDBOX_PATHS.requests}`) {
      const from = Number(url.searchParams.get('from') ?? 0);
      const start = Number.isInteger(from) && from >= 0 ? from : 0;
      return send(response, 200, { total: options.requests.length, requests: options.requests.slice(start) });
    }
    if (route === `POST ${SANDBOX_PATHS.chat}`) {
      chat(options.kube, request, response).catch(() => send(response, 500, { error: 'the sandbox lever failed' }));
      return;
    }
    send(response, 404, {
      error: `not a sandbox path; served: GET ${SANDBOX_PATHS.world}, GET ${SANDBOX_PATHS.requests}, POST ${SANDBOX_PATHS.chat}`,
    });
  });
  // Loopback only: the stand-ins accept any bearer token and the world hands out cluster tokens.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
