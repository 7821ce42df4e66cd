// Flux reads and writes on one cluster through @kubernetes/client-node: discovery-backed versions,
// lists across kinds, merge patches (the client defaults to JSON Patch — docs/upstream.md §F7), pods,
// events and container logs.
import {
  CoreV1Api,
  type CoreV1Event,
  CustomObjectsApi,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  type V1Pod,
} from '@kubernetes/client-node';
import type { FluxObjectKind } from '../../commands/types-bot.ts';
import type { FluxObject } from '../ops/flux-object.ts';
import { discoverFluxVersions, type FluxVersions } from './discover-flux-versions.ts';
import { fluxKind } from './flux-kinds.ts';
import { FluxNotInstalledError } from './flux-not-installed.ts';
import { isMissingObjectError, isNotFoundError } from './kube-errors.ts';

export interface FoundObject {
  kind: FluxObjectKind;
  object: FluxObject;
}

export class FluxCluster {
  private versions: Promise<FluxVersions> | undefined;
  private readonly custom: CustomObjectsApi;
  private readonly core: CoreV1Api;

  readonly name: string;
  readonly kubeConfig: KubeConfig;
  readonly fluxNamespace: string;

  constructor(name: string, kubeConfig: KubeConfig, fluxNamespace = 'flux-system') {
    this.name = name;
    this.kubeConfig = kubeConfig;
    this.fluxNamespace = fluxNamespace;
    this.custom = kubeConfig.makeApiClient(CustomObjectsApi);
    this.core = kubeConfig.makeApiClient(CoreV1Api);
  }

  /**
   * Discovered once per connection and again when a Flux call answers 404 (see `onKind`); the
   * watchers also call `rediscover()` when flux-system changes.
   */
  fluxVersions(): Promise<FluxVersions> {
    this.versions ??= discoverFluxVersions(this.kubeConfig).catch((error: unknown) => {
      this.versions = undefined;
      throw error;
    });
    return this.versions;
  }

  rediscover(): void {
    this.versions = undefined;
  }

  /**
   * Runs `call` at the kind's discovered address. A 404 that is not about one named object means the
   * cached version is stale: microsoft.flux was deleted (every Flux API gone) or changed version since
   * discovery. Then discover once more and retry at the new address; with the kind gone, `absent()`
   * answers (and with every Flux kind gone, it may say Flux is not installed).
   */
  private async onKind<T>(
    kind: FluxObjectKind,
    call: (address: { group: string; version: string; plural: string }) => Promise<T>,
    absent: (versions: FluxVersions) => T,
    objectName?: string,
  ): Promise<T> {
    const cached = this.fluxVersions();
    const version = (await cached).get(kind);
    const { group, plural } = fluxKind(kind);
    if (!version) return absent(await cached);
    try {
      return await call({ group, version, plural });
    } catch (error) {
      if (!isNotFoundError(error) || (objectName && isMissingObjectError(error, objectName))) throw error;
      // Several calls may hit the same stale cache; only the first one throws it away.
      if (this.versions === cached) this.rediscover();
      const fresh = await this.fluxVersions();
      const now = fresh.get(kind);
      if (!now) return absent(fresh);
      if (now === version) throw error;
      return call({ group, version: now, plural });
    }
  }

  async list(kind: FluxObjectKind, namespace?: string): Promise<FluxObject[]> {
    return this.onKind(
      kind,
      async (address) => {
        const list = (
          namespace
            ? await this.custom.listNamespacedCustomObject({ ...address, namespace })
            : await this.custom.listClusterCustomObject(address)
        ) as { items: FluxObject[] };
        return list.items;
      },
      () => [],
    );
  }

  async get(kind: FluxObjectKind, namespace: string, name: string): Promise<FluxObject | undefined> {
    try {
      return await this.onKind(
        kind,
        async (address) => (await this.custom.getNamespacedCustomObject({ ...address, namespace, name })) as FluxObject,
        () => undefined,
        name,
      );
    } catch (error) {
      if (isNotFoundError(error)) return undefined;
      throw error;
    }
  }

  /** Every object of these kinds named `name`, in any namespace. */
  async find(name: string, kinds: readonly FluxObjectKind[]): Promise<FoundObject[]> {
    const found: FoundObject[] = [];
    for (const kind of kinds) {
      for (const object of await this.list(kind)) if (object.metadata.name === name) found.push({ kind, object });
    }
    return found;
  }

  async mergePatch(kind: FluxObjectKind, namespace: string, name: string, body: object): Promise<FluxObject> {
    return this.onKind(
      kind,
      async (address) =>
        (await this.custom.patchNamespacedCustomObject(
          { ...address, namespace, name, body },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        )) as FluxObject,
      (versions) => {
        if (versions.size === 0) throw new FluxNotInstalledError(this.name);
        throw new Error(`${kind} is not served by this cluster`);
      },
      name,
    );
  }

  async pods(namespace = this.fluxNamespace): Promise<V1Pod[]> {
    return (await this.core.listNamespacedPod({ namespace })).items;
  }

  /** Core Events in all namespaces, every page. */
  async events(fieldSelector?: string): Promise<CoreV1Event[]> {
    const events: CoreV1Event[] = [];
    let next: string | undefined;
    do {
      const page = await this.core.listEventForAllNamespaces({ fieldSelector, limit: 500, _continue: next });
      events.push(...page.items);
      next = page.metadata?._continue || undefined;
    } while (next);
    return events;
  }

  async log(pod: string, container: string, options: { tail?: number; previous?: boolean }): Promise<string> {
    return this.core.readNamespacedPodLog({
      name: pod,
      namespace: this.fluxNamespace,
      container,
      tailLines: options.tail,
      previous: options.previous,
    });
  }
}
