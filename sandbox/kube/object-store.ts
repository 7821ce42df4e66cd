// The stand-in's state for one cluster: objects per resource type, one resourceVersion counter like
// etcd's, and a bounded history of changes so watches can resume from a resourceVersion — or get
// 410 Gone once that history has been compacted away.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { KubeObject, UnsavedObject } from './kube-object.ts';
import { type ResourceType, typeKey } from './resource-types.ts';

type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoredChange {
  rv: number;
  type: ChangeType;
  typeKey: string;
  object: KubeObject;
}

export interface StoreEvents {
  change: [StoredChange];
}

export class ObjectStore {
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private history: StoredChange[] = [];
  private rv = 1;
  /** Watches from a resourceVersion older than this get 410 Gone. */
  private compactedRv = 1;
  readonly events = new EventEmitter<StoreEvents>();

  private readonly historyLimit: number;

  constructor(historyLimit = 50_000) {
    this.historyLimit = historyLimit;
    this.events.setMaxListeners(0);
  }

  get resourceVersion(): number {
    return this.rv;
  }

  get oldestResumableRv(): number {
    return this.compactedRv;
  }

  list(type: ResourceType): KubeObject[] {
    return [...(this.objects.get(typeKey(type))?.values() ?? [])];
  }

  get(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(typeKey(type))?.get(objectKey(namespace, name));
  }

  /** Creates or replaces; bumps generation only when the spec changed, as the API server does. */
  put(type: ResourceType, object: UnsavedObject): KubeObject {
    const key = typeKey(type);
    let bucket = this.objects.get(key);
    if (!bucket) {
      bucket = new Map();
      this.objects.set(key, bucket);
    }
    const name = object.metadata.name ?? '';
    const storageKey = objectKey(object.metadata.namespace, name);
    const existing = bucket.get(storageKey);
    const rv = ++this.rv;
    const specChanged = JSON.stringify(existing?.spec) !== JSON.stringify(object.spec);
    const stored: KubeObject = {
      ...object,
      metadata: {
        ...object.metadata,
        name,
        uid: existing?.metadata.uid ?? object.metadata.uid ?? randomUUID(),
        creationTimestamp: existing?.metadata.creationTimestamp ?? new Date().toISOString(),
        resourceVersion: String(rv),
        ...(object.spec !== undefined
          ? { generation: (existing?.metadata.generation ?? 0) + (existing && !specChanged ? 0 : 1) }
          : {}),
      },
    };
    bucket.set(storageKey, stored);
    this.record({ rv, type: existing ? 'MODIFIED' : 'ADDED', typeKey: key, object: stored });
    return stored;
  }

  delete(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const bucket = this.objects.get(typeKey(type));
    const existing = bucket?.get(objectKey(namespace, name));
    if (!bucket || !existing) return undefined;
    bucket.delete(objectKey(namespace, name));
    const rv = ++this.rv;
    const gone = { ...existing, metadata: { ...existing.metadata, resourceVersion: String(rv) } };
    this.record({ rv, type: 'DELETED', typeKey: typeKey(type), object: gone });
    return gone;
  }

  /** Changes of one type after `sinceRv`; undefined when that part of history is compacted (→ 410). */
  changesSince(type: ResourceType, sinceRv: number): StoredChange[] | undefined {
    if (sinceRv < this.compactedRv) return undefined;
    const key = typeKey(type);
    return this.history.filter((change) => change.rv > sinceRv && change.typeKey === key);
  }

  /** Forgets all history, like etcd compaction: every resume from an older resourceVersion gets 410. */
  compact(): void {
    this.history = [];
    this.compactedRv = this.rv;
  }

  private record(change: StoredChange): void {
    this.history.push(change);
    if (this.history.length > this.historyLimit) {
      const dropped = this.history.splice(0, this.history.length - this.historyLimit);
      this.compactedRv = dropped.at(-1)?.rv ?? this.compactedRv;
    }
    this.events.emit('change', change);
  }
}

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}
