// A Resource Graph stand-in for sandbox mode and the fleet bench: HTTPS (the SDK sends bearer tokens
// only over https), `POST /providers/Microsoft.ResourceGraph/resources`, rows built from the ARM
// stand-in's world so both stand-ins always agree. Paging follows the service: `$top` (≤ 1000,
// default 100), an opaque `$skipToken`, and `totalRecords`/`count`/`resultTruncated` in the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSelfSignedCertificate } from '../arm/cert.ts';
import type { SandboxWorld } from '../arm/world.ts';
import { parseQuery } from './query.ts';

export interface ResourceGraphSandbox {
  url: string;
  caPem: string;
  /** Every query request answered (the fleet bench counts reads with it). */
  requests: { at: string; status: number }[];
  close(): Promise<void>;
}

const FLUX_CONFIG_TYPE = 'microsoft.kubernetesconfiguration/fluxconfigurations';
const MAX_TOP = 1000;
const DEFAULT_TOP = 100;

interface QueryBody {
  subscriptions?: string[];
  query?: string;
  options?: { $top?: number; $skipToken?: string };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function badRequest(response: ServerResponse, message: string): void {
  send(response, 400, { error: { code: 'BadRequest', message } });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function rows(world: SandboxWorld, subscriptions: string[] | undefined) {
  const allowed = subscriptions?.map((id) => id.toLowerCase());
  return world
    .fluxConfigurations()
    .filter((entry) => !allowed || allowed.includes(entry.cluster.subscriptionId.toLowerCase()))
    .map((entry) => ({
      id: entry.config.id,
      name: entry.config.name,
      type: FLUX_CONFIG_TYPE,
      subscriptionId: entry.cluster.subscriptionId,
      resourceGroup: entry.cluster.resourceGroup,
      properties: entry.config.properties,
    }));
}

function answer(world: SandboxWorld, body: QueryBody, response: ServerResponse): void {
  const parsed = parseQuery(body.query ?? '');
  if ('error' in parsed) {
    badRequest(response, parsed.error);
    return;
  }
  const top = Math.min(MAX_TOP, body.options?.$top ?? DEFAULT_TOP);
  const offset = body.options?.$skipToken ? Number(Buffer.from(body.options.$skipToken, 'base64url').toString()) : 0;
  if (!Number.isInteger(offset) || offset < 0) {
    badRequest(response, 'The $skipToken is not valid.');
    return;
  }
  const all = rows(world, body.subscriptions).filter((row) => !parsed.typeFilter || row.type === parsed.typeFilter);
  const page = all
    .slice(offset, offset + top)
    .map((row) =>
      parsed.columns
        ? Object.fromEntries(parsed.columns.map((column) => [column, row[column as keyof typeof row]]))
        : row,
    );
  const next = offset + top < all.length ? Buffer.from(String(offset + top)).toString('base64url') : undefined;
  send(response, 200, {
    totalRecords: all.length,
    count: page.length,
    resultTruncated: 'false',
    ...(next ? { $skipToken: next } : {}),
    data: page,
  });
}

export async function startResourceGraphSandbox(
  world: SandboxWorld,
  host = '127.0.0.1',
): Promise<ResourceGraphSandbox> {
  const certificate = createSelfSignedCertificate([...new Set([host, '127.0.0.1', 'localhost'])]);
  const requests: ResourceGraphSandbox['requests'] = [];
  const server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (request, response) => {
    response.on('finish', () => requests.push({ at: new Date().toISOString(), status: response.statusCode }));
    const path = (request.url ?? '').split('?')[0]?.toLowerCase();
    if (request.method !== 'POST' || path !== '/providers/microsoft.resourcegraph/resources') {
      return send(response, 404, {
        error: { code: 'NotFound', message: 'The sandbox serves only resources queries.' },
      });
    }
    if (!/^Bearer\s+\S+/i.test(request.headers.authorization ?? '')) {
      return send(response, 401, { error: { code: 'AuthenticationFailed', message: 'Missing bearer token.' } });
    }
    readJson(request)
      .then((body) => answer(world, body as QueryBody, response))
      .catch(() => badRequest(response, 'The request body is not valid JSON.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}:${port}`,
    caPem: certificate.certPem,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
