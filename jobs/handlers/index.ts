import type { Command } from '../../src/commands/types.ts';
import type { Handler } from '../handler.ts';
import { alertsList } from './alerts-list.ts';
import { alertsMute } from './alerts-mute.ts';
import { alertsSetup } from './alerts-setup.ts';
import { alertsSubscribe } from './alerts-subscribe.ts';
import { alertsUnsubscribe } from './alerts-unsubscribe.ts';
import { clusterEvents } from './cluster-events.ts';
import { clusterLogs } from './cluster-logs.ts';
import { clusterReconcile } from './cluster-reconcile.ts';
import { clusterStatus } from './cluster-status.ts';
import { clusterResume, clusterSuspend } from './cluster-suspend.ts';
import { deployedObjectList } from './deployed-object-list.ts';
import { deployedObjectShow } from './deployed-object-show.ts';
import { extensionCreate } from './extension-create.ts';
import { extensionDelete } from './extension-delete.ts';
import { extensionList } from './extension-list.ts';
import { extensionShow } from './extension-show.ts';
import { extensionUpdate } from './extension-update.ts';
import { fluxCreate } from './flux-create.ts';
import { fluxDelete } from './flux-delete.ts';
import { fluxList } from './flux-list.ts';
import { fluxShow } from './flux-show.ts';
import { fluxUpdate } from './flux-update.ts';
import { kustomizationChange } from './kustomization-change.ts';
import { kustomizationList } from './kustomization-list.ts';
import { kustomizationShow } from './kustomization-show.ts';

/**
 * One handler per job kind. Kinds missing here are answered "not available yet" by the worker.
 * The short forms (loglevel, drift, oomwatch, resources, scale, strict-substitution, controllers)
 * arrive as `extension.update` and share its handler.
 */
export const HANDLERS: Partial<Record<Command['kind'], Handler>> = {
  'flux.create': fluxCreate as Handler,
  'flux.update': fluxUpdate as Handler,
  'flux.list': fluxList as Handler,
  'flux.show': fluxShow as Handler,
  'flux.delete': fluxDelete as Handler,
  'kustomization.create': kustomizationChange as Handler,
  'kustomization.update': kustomizationChange as Handler,
  'kustomization.delete': kustomizationChange as Handler,
  'kustomization.list': kustomizationList as Handler,
  'kustomization.show': kustomizationShow as Handler,
  'deployed-object.list': deployedObjectList as Handler,
  'deployed-object.show': deployedObjectShow as Handler,
  'extension.create': extensionCreate as Handler,
  'extension.update': extensionUpdate as Handler,
  'extension.show': extensionShow as Handler,
  'extension.list': extensionList as Handler,
  'extension.delete': extensionDelete as Handler,
  status: clusterStatus as Handler,
  reconcile: clusterReconcile as Handler,
  suspend: clusterSuspend as Handler,
  resume: clusterResume as Handler,
  events: clusterEvents as Handler,
  logs: clusterLogs as Handler,
  'alerts.subscribe': alertsSubscribe as Handler,
  'alerts.list': alertsList as Handler,
  'alerts.unsubscribe': alertsUnsubscribe as Handler,
  'alerts.mute': alertsMute as Handler,
  'alerts.setup': alertsSetup as Handler,
};
