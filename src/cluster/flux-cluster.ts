// Flux reads and writes on one cluster through @kubernetes/client-node: discovery-backed versions,
// lists across kinds, merge patches (the client defaults to JSON Patch — flux-signals §7), pods,
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
import type { FluxObjectKind } from '../commands/types-bot.ts';
import { discoverFluxVersions, type FluxVersions } from './discover-flux-versions.ts';
import { fluxKind } from './flux-kinds.ts';
import type { FluxObject } from './flux-object.ts';
import { isNotFoundError } from './kube-errors.ts';

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

  /** Discovered once per connection; `rediscover()` after an extension upgrade. */
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

  private async address(kind: FluxObjectKind) {
    const version = (await this.fluxVersions()).get(kind);
    if (!version) return undefined;
    const { group, plural } = fluxKind(kind);
    return { group, version, plural };
  }

  async list(kind: FluxObjectKind, namespace?: string): Promise<FluxObject[]> {
    const address = await this.address(kind);
    if (!address) return [];
    const list = (
      namespace
        ? await this.custom.listNamespacedCustomObject({ ...address, namespace })
        : await this.custom.listClusterCustomObject(address)
    ) as { items: FluxObject[] };
    return list.items;
  }

  async get(kind: FluxObjectKind, namespace: string, name: string): Promise<FluxObject | undefined> {
    const address = await this.address(kind);
    if (!address) return undefined;
    try {
      return (await this.custom.getNamespacedCustomObject({ ...address, namespace, name })) as FluxObject;
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
    const address = await this.address(kind);
    if (!address) throw new Error(`${kind} is not served by this cluster`);
    return (await this.custom.patchNamespacedCustomObject(
      { ...address, namespace, name, body },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as FluxObject;
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
