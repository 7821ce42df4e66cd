import type { HandlerRegistry } from '../handler.ts';
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
 * One handler per job kind (`runs: 'job'` in `src/commands/kinds/`): a job kind missing here does not
 * compile. The short forms (loglevel, drift, oomwatch, resources, scale, strict-substitution, controllers)
 * arrive as `extension.update` and run its handler; `kustomizationChange` takes all three kustomization
 * changes.
 */
export const HANDLERS: HandlerRegistry = {
  'flux.create': fluxCreate,
  'flux.update': fluxUpdate,
  'flux.list': fluxList,
  'flux.show': fluxShow,
  'flux.delete': fluxDelete,
  'kustomization.create': kustomizationChange,
  'kustomization.update': kustomizationChange,
  'kustomization.delete': kustomizationChange,
  'kustomization.list': kustomizationList,
  'kustomization.show': kustomizationShow,
  'deployed-object.list': deployedObjectList,
  'deployed-object.show': deployedObjectShow,
  'extension.create': extensionCreate,
  'extension.update': extensionUpdate,
  'extension.show': extensionShow,
  'extension.list': extensionList,
  'extension.delete': extensionDelete,
  status: clusterStatus,
  reconcile: clusterReconcile,
  suspend: clusterSuspend,
  resume: clusterResume,
  events: clusterEvents,
  logs: clusterLogs,
  'alerts.subscribe': alertsSubscribe,
  'alerts.list': alertsList,
  'alerts.unsubscribe': alertsUnsubscribe,
  'alerts.mute': alertsMute,
  'alerts.setup': alertsSetup,
};
