// The kube API stand-in for one cluster: plain HTTP on 127.0.0.1 (client-node accepts it with
// `skipTLSVerify`), bearer-token auth, discovery, list (limit/continue), watch, get, patch and pod logs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyPatch, PatchError } from './apply-patch.ts';
import {
  CORE_VERSIONS_DOC,
  groupListDoc,
  resourceListDoc,
  type ServedVersions,
  singleGroupDoc,
} from './discovery-docs.ts';
import { type Json, type JsonMap, type KubeObject, statusBody } from './kube-object.ts';
import { parseKubePath } from './kube-route.ts';
import type { ObjectStore } from './object-store.ts';
import { CORE_TYPES, FLUX_TYPES, type ResourceType } from './resource-types.ts';
import { selectorMatcher } from './selectors.ts';
import { serveWatch } from './watch-stream.ts';

export type LogResult = { lines: string[] } | { notFound: string };

export interface KubeClusterState {
  store: ObjectStore;
  served: ServedVersions;
  readLog(namespace: string, pod: string, container: string | undefined, previous: boolean): LogResult;
}

export interface KubeServerOptions {
  token: string;
  /** Bookmark period for watches that ask for them; 0 = never (lets the client's inactivity abort fire). */
  bookmarkIntervalMs: number;
}

export interface KubeServer {
  url: string;
  /** Cuts every open watch connection, like an API server restart or a dropped load balancer. */
  killWatches(): void;
  openWatches(): number;
  /** Next expired watch answers HTTP 410 instead of a 410 ERROR event. */
  goneAsHttpStatus: boolean;
  close(): Promise<void>;
}

const ALL_TYPES: readonly ResourceType[] = [...CORE_TYPES, ...FLUX_TYPES];

export async function startKubeServer(state: KubeClusterState, options: KubeServerOptions): Promise<KubeServer> {
  const watches = new Set<ServerResponse>();
  const control = { goneAsHttpStatus: false };
  const server = createServer((request, response) => {
    handle(state, options, control, watches, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, statusBody(500, 'InternalError', String(error)));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    killWatches: () => {
      for (const watch of watches) watch.destroy();
    },
    openWatches: () => watches.size,
    get goneAsHttpStatus() {
      return control.goneAsHttpStatus;
    },
    set goneAsHttpStatus(value: boolean) {
      control.goneAsHttpStatus = value;
    },
    close: async () => {
      for (const watch of watches) watch.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown, contentType = 'application/json') {
  response.writeHead(status, { 'content-type': contentType });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function fail(response: ServerResponse, code: number, reason: string, message: string) {
  send(response, code, statusBody(code, reason, message));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function served(state: KubeClusterState, type: ResourceType): string[] {
  return type.group === '' ? ['v1'] : state.served(type);
}

async function handle(
  state: KubeClusterState,
  options: KubeServerOptions,
  control: { goneAsHttpStatus: boolean },
  watches: Set<ServerResponse>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  // Rule 1: authenticate first, like the API server; the token itself is never echoed.
  if (request.headers.authorization !== `Bearer ${options.token}`) {
    return fail(response, 401, 'Unauthorized', 'Unauthorized');
  }
  const url = new URL(request.url ?? '/', 'http://kube');
  const route = parseKubePath(url.pathname);
  const method = request.method ?? 'GET';
  const servedBy = (type: ResourceType) => served(state, type);
  if (!route) return fail(response, 404, 'NotFound', 'the server could not find the requested resource');
  if (route.kind === 'core-versions') return send(response, 200, CORE_VERSIONS_DOC);
  if (route.kind === 'groups') return send(response, 200, groupListDoc(ALL_TYPES, servedBy));
  if (route.kind === 'group') {
    const doc = singleGroupDoc(ALL_TYPES, servedBy, route.group);
    return doc
      ? send(response, 200, doc)
      : fail(response, 404, 'NotFound', 'the server could not find the requested resource');
  }
  if (route.kind === 'resources') {
    const doc = resourceListDoc(ALL_TYPES, servedBy, route.group, route.version);
    return doc
      ? send(response, 200, doc)
      : fail(response, 404, 'NotFound', 'the server could not find the requested resource');
  }
  if (route.kind === 'log') {
    const result = state.readLog(
      route.namespace,
      route.name,
      url.searchParams.get('container') ?? undefined,
      url.searchParams.get('previous') === 'true',
    );
    if ('notFound' in result) return fail(response, 400, 'BadRequest', result.notFound);
    const tail = Number(url.searchParams.get('tailLines') ?? Number.NaN);
    const lines = Number.isFinite(tail) ? result.lines.slice(Math.max(0, result.lines.length - tail)) : result.lines;
    return send(response, 200, lines.map((line) => `${line}\n`).join(''), 'text/plain');
  }
  // Rule 2: a resource exists only under the versions served right now (discovery decides, not the client).
  const type = ALL_TYPES.find((t) => t.group === route.group && t.plural === route.plural);
  if (!type || !servedBy(type).includes(route.version)) {
    return fail(response, 404, 'NotFound', 'the server could not find the requested resource');
  }
  const apiVersion = route.group ? `${route.group}/${route.version}` : route.version;
  const present = (object: KubeObject): KubeObject => ({ ...object, apiVersion });
  if (route.kind === 'collection') {
    let matches: (object: KubeObject) => boolean;
    try {
      matches = selectorMatcher(url.searchParams.get('fieldSelector'), url.searchParams.get('labelSelector'));
    } catch (error) {
      return fail(response, 400, 'BadRequest', (error as Error).message);
    }
    if (url.searchParams.get('watch') === 'true') {
      watches.add(response);
      const timeout = url.searchParams.get('timeoutSeconds');
      return serveWatch(
        state.store,
        {
          type,
          namespace: route.namespace,
          matches,
          present,
          resourceVersion: url.searchParams.get('resourceVersion'),
          bookmarks: url.searchParams.get('allowWatchBookmarks') === 'true',
          bookmarkIntervalMs: options.bookmarkIntervalMs,
          timeoutSeconds: timeout ? Number(timeout) : undefined,
          goneAsHttpStatus: control.goneAsHttpStatus,
        },
        response,
        () => watches.delete(response),
      );
    }
    const all = state.store
      .list(type)
      .filter((o) => (route.namespace === undefined || o.metadata.namespace === route.namespace) && matches(o));
    const offset = Number(url.searchParams.get('continue') || 0);
    const limit = Number(url.searchParams.get('limit') || 0);
    const page = limit > 0 ? all.slice(offset, offset + limit) : all.slice(offset);
    const next = limit > 0 && offset + limit < all.length ? String(offset + limit) : undefined;
    return send(response, 200, {
      apiVersion,
      kind: `${type.kind}List`,
      metadata: { resourceVersion: String(state.store.resourceVersion), ...(next ? { continue: next } : {}) },
      items: page.map(present),
    });
  }
  const existing = state.store.get(type, route.namespace, route.name);
  if (!existing)
    return fail(response, 404, 'NotFound', `${type.plural}.${type.group || 'core'} "${route.name}" not found`);
  if (method === 'GET') return send(response, 200, present(existing));
  if (method !== 'PATCH') return fail(response, 405, 'MethodNotAllowed', `${method} is not supported here`);
  let patched: JsonMap;
  try {
    const body = JSON.parse(await readBody(request)) as Json;
    patched = applyPatch(
      existing as unknown as JsonMap,
      request.headers['content-type'] ?? '',
      body,
      type.group !== '',
    );
  } catch (error) {
    if (error instanceof PatchError) return fail(response, error.code, error.reason, error.message);
    return fail(response, 400, 'BadRequest', `invalid patch body: ${(error as Error).message}`);
  }
  const object = patched as unknown as KubeObject;
  // Rule 3: the server owns identity and versioning; a patch cannot rename or move an object.
  const stored = state.store.put(type, {
    ...object,
    metadata: { ...object.metadata, name: existing.metadata.name, namespace: existing.metadata.namespace },
  });
  return send(response, 200, present(stored));
}
