// List + watch one collection, delivering every change exactly once (docs/upstream.md §F7):
// 1. List, remember each object's uid → resourceVersion, then watch from the list's resourceVersion
//    with bookmarks, so quiet streams still advance the resume point.
// 2. A stream that ends — server close, killed connection, or client-node's inactivity abort
//    (TimeoutError after 30 s without data) — is re-watched from the last resourceVersion seen.
// 3. 410 Gone (HTTP status or an ERROR event) means that history is gone: re-list and diff against
//    what we knew — changed objects come out MODIFIED, new ones ADDED, vanished ones DELETED.
// 4. An ADDED/MODIFIED whose uid and resourceVersion we already delivered is dropped (replays after
//    a resume or re-list never double an event).
// Only uid → resourceVersion (and name/namespace for deletions) is kept, not the objects.
import { type KubeConfig, Watch } from '@kubernetes/client-node';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface KubeItem {
  metadata?: { uid?: string; name?: string; namespace?: string; resourceVersion?: string };
}

interface ListPage<T> {
  items: T[];
  metadata?: { resourceVersion?: string; _continue?: string; continue?: string };
}

export interface ReflectorOptions<T extends KubeItem> {
  kubeConfig: KubeConfig;
  /** Collection path, e.g. `/api/v1/namespaces/flux-system/pods`. */
  path: string;
  list(continueToken?: string): Promise<ListPage<T>>;
  onChange(type: ChangeType, object: T): void;
  /** client-node aborts a watch after this long without data (its default is 30 s); tests shorten it. */
  inactivityTimeoutMs?: number;
  /** Pause before re-watching after an error; doubled up to 30 s while errors repeat. */
  retryDelayMs?: number;
  onError?(error: unknown): void;
}

export interface ReflectorStats {
  lists: number;
  watches: number;
  timeouts: number;
  gone: number;
}

interface Known {
  rv: string;
  name?: string;
  namespace?: string;
}

export class Reflector<T extends KubeItem> {
  readonly stats: ReflectorStats = { lists: 0, watches: 0, timeouts: 0, gone: 0 };
  private readonly known = new Map<string, Known>();
  private resourceVersion = '';
  private stopped = false;
  private abort: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private readonly watch: Watch;

  private readonly options: ReflectorOptions<T>;

  constructor(options: ReflectorOptions<T>) {
    this.options = options;
    this.watch = new Watch(options.kubeConfig);
    // `requestTimeoutMs` is private in the typings but is the inactivity abort Watch applies; set it so
    // tests can exercise the abort without waiting 30 real seconds.
    if (options.inactivityTimeoutMs !== undefined) {
      (this.watch as unknown as { requestTimeoutMs: number }).requestTimeoutMs = options.inactivityTimeoutMs;
    }
  }

  get lastResourceVersion(): string {
    return this.resourceVersion;
  }

  get size(): number {
    return this.known.size;
  }

  async start(): Promise<void> {
    await this.relist();
    this.startWatch();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort?.abort();
  }

  private deliver(type: ChangeType, object: T): void {
    const uid = object.metadata?.uid;
    const rv = object.metadata?.resourceVersion ?? '';
    if (!uid) return;
    if (type === 'DELETED') {
      if (!this.known.delete(uid)) return;
    } else {
      if (this.known.get(uid)?.rv === rv) return;
      const seen = this.known.has(uid);
      this.known.set(uid, { rv, name: object.metadata?.name, namespace: object.metadata?.namespace });
      type = seen ? 'MODIFIED' : 'ADDED';
    }
    this.options.onChange(type, object);
  }

  private async relist(): Promise<void> {
    this.stats.lists++;
    const seen = new Set<string>();
    let token: string | undefined;
    let listRv = '';
    do {
      const page = await this.options.list(token);
      listRv = page.metadata?.resourceVersion ?? listRv;
      for (const item of page.items) {
        if (item.metadata?.uid) seen.add(item.metadata.uid);
        this.deliver('ADDED', item);
      }
      token = page.metadata?._continue || page.metadata?.continue || undefined;
    } while (token);
    for (const [uid, known] of [...this.known]) {
      if (seen.has(uid)) continue;
      this.deliver('DELETED', {
        metadata: { uid, name: known.name, namespace: known.namespace, resourceVersion: listRv },
      } as T);
    }
    this.resourceVersion = listRv;
  }

  private startWatch(): void {
    if (this.stopped) return;
    this.stats.watches++;
    let gone = false;
    const onEvent = (type: string, object: T & { code?: number }) => {
      if (type === 'BOOKMARK') {
        this.resourceVersion = object.metadata?.resourceVersion ?? this.resourceVersion;
        return;
      }
      if (type === 'ERROR') {
        if (object.code === 410) {
          gone = true;
          this.abort?.abort();
        }
        return;
      }
      this.failures = 0;
      this.deliver(type as ChangeType, object);
      this.resourceVersion = object.metadata?.resourceVersion ?? this.resourceVersion;
    };
    const onDone = (error: unknown) => {
      if (this.stopped) return;
      const status = (error as { statusCode?: number } | null)?.statusCode;
      if (gone || status === 410) {
        this.stats.gone++;
        void this.recover(() => this.relist());
        return;
      }
      if ((error as { name?: string } | null)?.name === 'TimeoutError') this.stats.timeouts++;
      else if (error && (error as { name?: string }).name !== 'AbortError') {
        this.options.onError?.(error);
        this.failures++;
      }
      this.schedule(() => this.startWatch());
    };
    this.watch
      .watch(this.options.path, { resourceVersion: this.resourceVersion, allowWatchBookmarks: true }, onEvent, onDone)
      .then((controller) => {
        this.abort = controller;
      }, onDone);
  }

  private async recover(step: () => Promise<void>): Promise<void> {
    try {
      await step();
      this.failures = 0;
      this.startWatch();
    } catch (error) {
      this.options.onError?.(error);
      this.failures++;
      this.schedule(() => void this.recover(step));
    }
  }

  private schedule(run: () => void): void {
    if (this.stopped) return;
    const base = this.options.retryDelayMs ?? 1000;
    const delay = this.failures === 0 ? 0 : Math.min(30_000, base * 2 ** (this.failures - 1));
    this.timer = setTimeout(run, delay);
  }
}
