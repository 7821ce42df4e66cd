/**
 * The command tree: which words lead to which builder.
 *
 * Rules:
 * 1. `az k8s-configuration flux <verb>` and `az k8s-extension <verb>` are the long forms; the same verbs
 *    work after `flux` / `extension` or bare (`show cluster-config`), as in a `/flux` slash command.
 * 2. Every builder is a leaf with its help topic; `shortForm` marks the extension short forms.
 */
import type { Builder } from './build-types.ts';
import { buildAudit, buildContext, buildHelp, buildJobs, buildUse } from './channel.ts';
import {
  buildExtensionCreate,
  buildExtensionDelete,
  buildExtensionList,
  buildExtensionShow,
  buildExtensionUpdate,
} from './extension.ts';
import { buildFluxCreate, buildFluxDelete, buildFluxList, buildFluxShow, buildFluxUpdate } from './flux-config.ts';
import { EXTRA_ROUTES } from './routes-extra.ts';

export interface Leaf {
  build: Builder;
  topic: string;
  shortForm?: string;
}

export interface Branch {
  /** Canonical words of this branch, e.g. `k8s-configuration flux`. */
  path: string;
  children: Record<string, Leaf | Branch>;
  example: string;
  topic: string;
}

export function isLeaf(node: Leaf | Branch): node is Leaf {
  return 'build' in node;
}

export const FLUX_BRANCH: Branch = {
  path: 'k8s-configuration flux',
  topic: 'help',
  example: 'az k8s-configuration flux show -n cluster-config',
  children: {
    create: { build: buildFluxCreate, topic: 'create' },
    update: { build: buildFluxUpdate, topic: 'update' },
    show: { build: buildFluxShow, topic: 'show' },
    list: { build: buildFluxList, topic: 'list' },
    delete: { build: buildFluxDelete, topic: 'delete' },
    ...EXTRA_ROUTES.flux,
  },
};

export const EXTENSION_BRANCH: Branch = {
  path: 'k8s-extension',
  topic: 'extension',
  example: 'az k8s-extension show -n flux',
  children: {
    create: { build: buildExtensionCreate, topic: 'extension' },
    update: { build: buildExtensionUpdate, topic: 'extension' },
    show: { build: buildExtensionShow, topic: 'extension' },
    list: { build: buildExtensionList, topic: 'extension' },
    delete: { build: buildExtensionDelete, topic: 'extension' },
  },
};

/** Words a message may start with (after an optional `az` / `/flux`). */
export const ROOT: Record<string, Leaf | Branch> = {
  ...FLUX_BRANCH.children,
  'k8s-configuration': {
    path: 'k8s-configuration',
    topic: 'help',
    example: FLUX_BRANCH.example,
    children: { flux: FLUX_BRANCH },
  },
  'k8s-extension': EXTENSION_BRANCH,
  flux: FLUX_BRANCH,
  extension: EXTENSION_BRANCH,
  use: { build: buildUse, topic: 'use' },
  context: { build: buildContext, topic: 'context' },
  jobs: { build: buildJobs, topic: 'jobs' },
  audit: { build: buildAudit, topic: 'audit' },
  help: { build: buildHelp, topic: 'help' },
  ...EXTRA_ROUTES.root,
};

/** az command groups a pasted tutorial contains but fluxops does not run. */
export const AZ_ONLY_GROUPS = new Set([
  'version',
  'upgrade',
  'aks',
  'provider',
  'identity',
  'extension',
  'login',
  'account',
  'group',
  'connectedk8s',
  'feature',
]);

/** Flux v1 verbs directly under `k8s-configuration`. */
export const FLUX_V1_VERBS = new Set(['create', 'update', 'show', 'list', 'delete']);
