// PATCH bodies the stand-in accepts for custom resources: JSON merge patch (RFC 7386) and JSON patch
// (RFC 6902: add, replace, remove, test). Strategic merge patch is refused, as the API server
// refuses it for CRDs — a client sending it has the bug docs/upstream.md §F7 warns about.
import type { Json, JsonMap } from './kube-object.ts';

export class PatchError extends Error {
  readonly code: number;
  readonly reason: string;

  constructor(code: number, reason: string, message: string) {
    super(message);
    this.code = code;
    this.reason = reason;
  }
}

function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isMap(patch)) return patch;
  const result: JsonMap = isMap(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

interface Operation {
  op: string;
  path: string;
  value?: Json;
}

function jsonPatch(target: JsonMap, operations: Json): JsonMap {
  if (!Array.isArray(operations)) throw new PatchError(400, 'BadRequest', 'json patch must be an array');
  const result = structuredClone(target);
  for (const raw of operations as unknown as Operation[]) {
    const segments = raw.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = segments.pop();
    if (last === undefined) throw new PatchError(422, 'Invalid', `invalid path ${raw.path}`);
    let parent: Json = result;
    for (const segment of segments) {
      parent = isMap(parent) ? (parent[segment] ?? null) : null;
      if (!isMap(parent)) throw new PatchError(422, 'Invalid', `doc is missing path: "${raw.path}"`);
    }
    const owner = parent as JsonMap;
    if (raw.op === 'add' || raw.op === 'replace') {
      if (raw.op === 'replace' && !(last in owner)) throw new PatchError(422, 'Invalid', `missing path ${raw.path}`);
      owner[last] = raw.value ?? null;
    } else if (raw.op === 'remove') {
      delete owner[last];
    } else if (raw.op === 'test') {
      if (JSON.stringify(owner[last]) !== JSON.stringify(raw.value)) {
        throw new PatchError(422, 'Invalid', `test operation failed for ${raw.path}`);
      }
    } else {
      throw new PatchError(422, 'Invalid', `unsupported operation ${raw.op}`);
    }
  }
  return result;
}

/** Applies a PATCH body by its Content-Type; custom resources never accept strategic merge. */
export function applyPatch(target: JsonMap, contentType: string, body: Json, customResource: boolean): JsonMap {
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/merge-patch+json') return mergePatch(target, body) as JsonMap;
  if (type === 'application/json-patch+json') return jsonPatch(target, body);
  if (type === 'application/strategic-merge-patch+json' && !customResource) return mergePatch(target, body) as JsonMap;
  throw new PatchError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json${customResource ? '' : ', application/strategic-merge-patch+json'}`,
  );
}

function isMap(value: Json | undefined): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
