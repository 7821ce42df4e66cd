// The flux-system pods the microsoft.flux extension runs (tutorial: `kubectl get pods -n flux-system`),
// their container logs (current and previous), and what an extension update does to them: new pods
// with the new resource limits. `<controller>.enabled=false` leaves a controller out.
import { randomBytes } from 'node:crypto';
import type { ExtensionResource } from '../arm/model.ts';
import type { JsonMap, KubeObject, UnsavedObject } from './kube-object.ts';
import type { ObjectStore } from './object-store.ts';
import { CORE_TYPES } from './resource-types.ts';

export const FLUX_NAMESPACE = 'flux-system';
export const POD_TYPE = CORE_TYPES.find((t) => t.kind === 'Pod')!;
export const NAMESPACE_TYPE = CORE_TYPES.find((t) => t.kind === 'Namespace')!;
const SETTINGS_ANNOTATION = 'sandbox.fluxops.io/settings';

interface ControllerSpec {
  name: string;
  containers: string[];
  memoryLimit: string;
  enabledByDefault: boolean;
}

const FLUX_CONTROLLERS: readonly ControllerSpec[] = [
  {
    name: 'fluxconfig-agent',
    containers: ['fluxconfig-agent', 'fluent-bit'],
    memoryLimit: '1Gi',
    enabledByDefault: true,
  },
  { name: 'fluxconfig-controller', containers: ['manager', 'fluent-bit'], memoryLimit: '1Gi', enabledByDefault: true },
  { name: 'helm-controller', containers: ['manager'], memoryLimit: '1Gi', enabledByDefault: true },
  { name: 'kustomize-controller', containers: ['manager'], memoryLimit: '1Gi', enabledByDefault: true },
  { name: 'notification-controller', containers: ['manager'], memoryLimit: '1Gi', enabledByDefault: true },
  { name: 'source-controller', containers: ['manager'], memoryLimit: '1Gi', enabledByDefault: true },
];

/** Container logs keyed `pod/container`; `previous` is the log of the container before its last restart. */
export class PodLogs {
  private readonly logs = new Map<string, { current: string[]; previous?: string[] }>();

  append(pod: string, container: string, line: string): void {
    const entry = this.logs.get(`${pod}/${container}`) ?? { current: [] };
    entry.current.push(line);
    this.logs.set(`${pod}/${container}`, entry);
  }

  /** The container restarted: what it logged becomes `previous`, the new instance starts empty. */
  restart(pod: string, container: string): void {
    const entry = this.logs.get(`${pod}/${container}`) ?? { current: [] };
    this.logs.set(`${pod}/${container}`, { current: [], previous: entry.current });
  }

  read(pod: string, container: string, previous: boolean): string[] | undefined {
    const entry = this.logs.get(`${pod}/${container}`);
    return previous ? entry?.previous : (entry?.current ?? []);
  }
}

export function logLine(level: string, logger: string, msg: string, extra: Record<string, string> = {}): string {
  return JSON.stringify({ level, ts: new Date().toISOString(), logger, msg, ...extra });
}

function settingsOf(extension: ExtensionResource, controller: ControllerSpec): JsonMap {
  const settings = extension.properties.configurationSettings;
  const prefix = `${controller.name}.`;
  const own = Object.fromEntries(Object.entries(settings).filter(([key]) => key.startsWith(prefix)));
  return { ...own, version: extension.properties.currentVersion ?? extension.properties.version ?? '' };
}

function podFor(controller: ControllerSpec, extension: ExtensionResource, at: string): UnsavedObject {
  const settings = extension.properties.configurationSettings;
  const memory = settings[`${controller.name}.resources.limits.memory`] ?? controller.memoryLimit;
  const hash = randomBytes(5).toString('hex').slice(0, 9);
  const name = `${controller.name}-${hash}-${randomBytes(3).toString('hex').slice(0, 5)}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: FLUX_NAMESPACE,
      labels: { app: controller.name, 'app.kubernetes.io/name': controller.name, 'pod-template-hash': hash },
      annotations: { [SETTINGS_ANNOTATION]: JSON.stringify(settingsOf(extension, controller)) },
    },
    spec: {
      containers: controller.containers.map((container) => ({
        name: container,
        image: `mcr.microsoft.com/oss/fluxcd/${controller.name}:sandbox`,
        resources: (container === 'fluent-bit'
          ? {}
          : { limits: { memory, cpu: '1000m' }, requests: { memory: '64Mi', cpu: '100m' } }) as JsonMap,
      })),
    },
    status: {
      phase: 'Running',
      startTime: at,
      containerStatuses: controller.containers.map((container) => ({
        name: container,
        ready: true,
        started: true,
        restartCount: 0,
        image: `mcr.microsoft.com/oss/fluxcd/${controller.name}:sandbox`,
        state: { running: { startedAt: at } },
        lastState: {},
      })),
    },
  };
}

function isEnabled(extension: ExtensionResource, controller: ControllerSpec): boolean {
  const value = extension.properties.configurationSettings[`${controller.name}.enabled`];
  return value === undefined ? controller.enabledByDefault : value === 'true';
}

/** Makes flux-system match the extension: pods for enabled controllers, replaced when their settings change. */
export function syncFluxSystem(store: ObjectStore, logs: PodLogs, extension: ExtensionResource | undefined): void {
  const installed = extension?.properties.provisioningState === 'Succeeded' ? extension : undefined;
  const at = new Date().toISOString();
  if (installed && !store.get(NAMESPACE_TYPE, undefined, FLUX_NAMESPACE)) {
    store.put(NAMESPACE_TYPE, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: FLUX_NAMESPACE },
      status: { phase: 'Active' },
    });
  }
  const pods = store.list(POD_TYPE).filter((pod) => pod.metadata.namespace === FLUX_NAMESPACE);
  for (const controller of FLUX_CONTROLLERS) {
    const current = pods.find((pod) => pod.metadata.labels?.app === controller.name);
    const wanted = installed && isEnabled(installed, controller);
    const settings = installed ? JSON.stringify(settingsOf(installed, controller)) : '';
    if (current && (!wanted || current.metadata.annotations?.[SETTINGS_ANNOTATION] !== settings)) {
      store.delete(POD_TYPE, FLUX_NAMESPACE, current.metadata.name);
    }
    if (wanted && (!current || current.metadata.annotations?.[SETTINGS_ANNOTATION] !== settings)) {
      const pod = store.put(POD_TYPE, podFor(controller, installed, at));
      for (const container of controller.containers) {
        logs.append(pod.metadata.name, container, logLine('info', 'setup', 'starting manager'));
        logs.append(
          pod.metadata.name,
          container,
          logLine('info', 'controller-runtime.metrics', 'Starting metrics server'),
        );
      }
    }
  }
}

export function controllerPod(store: ObjectStore, controller: string): KubeObject | undefined {
  return store
    .list(POD_TYPE)
    .find((pod) => pod.metadata.namespace === FLUX_NAMESPACE && pod.metadata.labels?.app === controller);
}
