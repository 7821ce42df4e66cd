// One watch connection: replays history after the client's resourceVersion (or the current state
// for a fresh watch), then streams live changes as JSON lines, with optional bookmarks.
// A resourceVersion older than the compacted history answers a 410 `Expired` ERROR event, as the
// API server does; `goneAsHttpStatus` answers HTTP 410 instead (some proxies do), so clients handle both.
import type { ServerResponse } from 'node:http';
import type { KubeObject } from './kube-object.ts';
import { statusBody } from './kube-object.ts';
import type { ObjectStore, StoredChange } from './object-store.ts';
import { type ResourceType, typeKey } from './resource-types.ts';

export interface WatchRequest {
  type: ResourceType;
  namespace?: string;
  matches: (object: KubeObject) => boolean;
  present: (object: KubeObject) => KubeObject;
  resourceVersion: string | null;
  bookmarks: boolean;
  bookmarkIntervalMs: number;
  timeoutSeconds?: number;
  goneAsHttpStatus: boolean;
}

export function serveWatch(store: ObjectStore, request: WatchRequest, response: ServerResponse, onClose: () => void) {
  const key = typeKey(request.type);
  const inScope = (object: KubeObject) =>
    (request.namespace === undefined || object.metadata.namespace === request.namespace) && request.matches(object);
  const fresh = request.resourceVersion === null || request.resourceVersion === '' || request.resourceVersion === '0';
  const replay = fresh ? [] : store.changesSince(request.type, Number(request.resourceVersion));
  if (replay === undefined && request.goneAsHttpStatus) {
    const message = `too old resource version: ${request.resourceVersion} (${store.oldestResumableRv})`;
    response.writeHead(410, { 'content-type': 'application/json' });
    response.end(JSON.stringify(statusBody(410, 'Expired', message)));
    onClose();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  const send = (type: string, object: unknown) => response.write(`${JSON.stringify({ type, object })}\n`);
  if (replay === undefined) {
    const message = `too old resource version: ${request.resourceVersion} (${store.oldestResumableRv})`;
    send('ERROR', statusBody(410, 'Expired', message));
    response.end();
    onClose();
    return;
  }
  if (fresh) {
    for (const object of store.list(request.type).filter(inScope)) send('ADDED', request.present(object));
  }
  for (const change of replay) if (inScope(change.object)) send(change.type, request.present(change.object));
  const live = (change: StoredChange) => {
    if (change.typeKey === key && inScope(change.object)) send(change.type, request.present(change.object));
  };
  store.events.on('change', live);
  const bookmark =
    request.bookmarks && request.bookmarkIntervalMs > 0
      ? setInterval(() => {
          const { apiVersion, kind } = request.present({
            apiVersion: '',
            kind: request.type.kind,
            metadata: { name: '', uid: '', resourceVersion: '', creationTimestamp: '' },
          });
          send('BOOKMARK', { apiVersion, kind, metadata: { resourceVersion: String(store.resourceVersion) } });
        }, request.bookmarkIntervalMs)
      : undefined;
  const timeout = request.timeoutSeconds ? setTimeout(() => response.end(), request.timeoutSeconds * 1000) : undefined;
  response.on('close', () => {
    store.events.off('change', live);
    if (bookmark) clearInterval(bookmark);
    if (timeout) clearTimeout(timeout);
    onClose();
  });
}
