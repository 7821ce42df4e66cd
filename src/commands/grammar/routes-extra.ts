/**
 * Routes beyond the first slice: kustomizations, deployed objects, extension short forms, in-cluster
 * operations and alerts.
 */
import {
  buildAlertsList,
  buildAlertsMute,
  buildAlertsSetup,
  buildAlertsSubscribe,
  buildAlertsUnsubscribe,
} from './alerts.ts';
import { buildEvents, buildLogs, buildReconcile, buildResume, buildStatus, buildSuspend } from './cluster-ops.ts';
import { buildExtensionShortForm, SHORT_FORM_NAMES } from './extension-short-forms.ts';
import {
  buildDeployedObjectList,
  buildDeployedObjectShow,
  buildKustomizationCreate,
  buildKustomizationDelete,
  buildKustomizationList,
  buildKustomizationShow,
  buildKustomizationUpdate,
} from './kustomization.ts';
import type { Branch, Leaf } from './routes.ts';

const KUSTOMIZATION: Branch = {
  path: 'kustomization',
  topic: 'kustomization',
  example: 'flux kustomization list -n cluster-config',
  children: {
    create: { build: buildKustomizationCreate, topic: 'kustomization' },
    update: { build: buildKustomizationUpdate, topic: 'kustomization' },
    delete: { build: buildKustomizationDelete, topic: 'kustomization' },
    list: { build: buildKustomizationList, topic: 'kustomization' },
    show: { build: buildKustomizationShow, topic: 'kustomization' },
  },
};

const DEPLOYED_OBJECT: Branch = {
  path: 'deployed-object',
  topic: 'deployed-object',
  example: 'flux deployed-object list -n cluster-config',
  children: {
    list: { build: buildDeployedObjectList, topic: 'deployed-object' },
    show: { build: buildDeployedObjectShow, topic: 'deployed-object' },
  },
};

const ALERTS: Branch = {
  path: 'alerts',
  topic: 'alerts',
  example: 'alerts subscribe --severity error',
  children: {
    subscribe: { build: buildAlertsSubscribe, topic: 'alerts' },
    list: { build: buildAlertsList, topic: 'alerts' },
    unsubscribe: { build: buildAlertsUnsubscribe, topic: 'alerts' },
    mute: { build: buildAlertsMute, topic: 'alerts' },
    setup: { build: buildAlertsSetup, topic: 'alerts' },
  },
};

const SHORT_FORMS: Record<string, Leaf> = Object.fromEntries(
  SHORT_FORM_NAMES.map((name) => [name, { build: buildExtensionShortForm(name), topic: name, shortForm: name }]),
);

export const EXTRA_ROUTES: { flux: Record<string, Leaf | Branch>; root: Record<string, Leaf | Branch> } = {
  flux: { kustomization: KUSTOMIZATION, 'deployed-object': DEPLOYED_OBJECT },
  root: {
    ...SHORT_FORMS,
    status: { build: buildStatus, topic: 'status' },
    reconcile: { build: buildReconcile, topic: 'reconcile' },
    suspend: { build: buildSuspend, topic: 'suspend' },
    resume: { build: buildResume, topic: 'resume' },
    events: { build: buildEvents, topic: 'events' },
    logs: { build: buildLogs, topic: 'logs' },
    alerts: ALERTS,
  },
};
