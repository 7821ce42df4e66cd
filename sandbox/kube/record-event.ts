// Core/v1 Events as Flux controllers record them (docs/upstream.md §F5): involvedObject, reason, Normal or
// Warning, `source.component` = the controller, revision in the `<group>/revision` annotation.
import { randomBytes } from 'node:crypto';
import type { KubeObject } from './kube-object.ts';
import type { ObjectStore } from './object-store.ts';
import { CORE_TYPES } from './resource-types.ts';

const EVENT_TYPE = CORE_TYPES.find((t) => t.kind === 'Event')!;

const CONTROLLER_BY_GROUP: Record<string, string> = {
  'source.toolkit.fluxcd.io': 'source-controller',
  'kustomize.toolkit.fluxcd.io': 'kustomize-controller',
  'helm.toolkit.fluxcd.io': 'helm-controller',
};

export function recordEvent(
  store: ObjectStore,
  involved: KubeObject,
  group: string,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  revision?: string,
): KubeObject {
  const now = new Date().toISOString();
  const component = CONTROLLER_BY_GROUP[group] ?? 'kubelet';
  return store.put(EVENT_TYPE, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${involved.metadata.name}.${randomBytes(8).toString('hex')}`,
      namespace: involved.metadata.namespace,
      annotations: revision ? { [`${group}/revision`]: revision } : {},
    },
    involvedObject: {
      kind: involved.kind,
      namespace: involved.metadata.namespace,
      name: involved.metadata.name,
      uid: involved.metadata.uid,
      apiVersion: involved.apiVersion || group,
      resourceVersion: involved.metadata.resourceVersion,
    },
    reason,
    message,
    type,
    source: { component },
    reportingComponent: component,
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  });
}
