// The command tree, grown from the kinds' routes (`kinds/index.ts`): which words lead to which builder.
//
// Rules:
// 1. Each route of each kind becomes a leaf with the kind's builder and help topic (a short form's route
//    brings its own builder, topic and `shortForm`); two routes may not end on the same words.
// 2. Words before the last must name a group declared in `GROUPS`, which gives the group's canonical
//    path, help topic and example for "incomplete" and "unknown" problems.
// 3. `az k8s-configuration flux <verb>` and `az k8s-extension <verb>` are the long forms; the same verbs
//    work after `flux` / `extension` or bare (`show cluster-config`), as in a `/flux` slash command.
import type { HelpTopic } from '../help-topics.ts';
import type { Route } from '../kinds/define-kind.ts';
import { KINDS } from '../kinds/index.ts';
import type { CommandKind } from '../types.ts';
import type { Builder } from './build-types.ts';

export interface Leaf {
  kind: CommandKind;
  build: Builder;
  topic: HelpTopic;
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

/** The command groups, by the words of a route that lead to them. */
const GROUPS: Record<string, Omit<Branch, 'children'>> = {
  flux: { path: 'k8s-configuration flux', topic: 'help', example: 'az k8s-configuration flux show -n cluster-config' },
  'flux kustomization': {
    path: 'kustomization',
    topic: 'kustomization',
    example: 'flux kustomization list -n cluster-config',
  },
  'flux deployed-object': {
    path: 'deployed-object',
    topic: 'deployed-object',
    example: 'flux deployed-object list -n cluster-config',
  },
  'k8s-extension': { path: 'k8s-extension', topic: 'extension', example: 'az k8s-extension show -n flux' },
  alerts: { path: 'alerts', topic: 'alerts', example: 'alerts subscribe --severity error' },
  access: { path: 'access', topic: 'access', example: 'access whoami' },
};

function branchAt(children: Record<string, Leaf | Branch>, words: readonly string[], depth: number): Branch {
  const word = words[depth] ?? '';
  const existing = children[word];
  if (existing && !isLeaf(existing)) return existing;
  const group = GROUPS[words.slice(0, depth + 1).join(' ')];
  if (!group || existing) throw new Error(`route ${words.join(' ')}: "${word}" is not a command group`);
  const branch: Branch = { ...group, children: {} };
  children[word] = branch;
  return branch;
}

function place(root: Record<string, Leaf | Branch>, route: Route<CommandKind>, leaf: Leaf): void {
  const words = 'words' in route ? route.words : route;
  let children = root;
  for (let depth = 0; depth < words.length - 1; depth++) children = branchAt(children, words, depth).children;
  const last = words.at(-1);
  if (last === undefined) throw new Error('a route needs at least one word');
  if (Object.hasOwn(children, last)) throw new Error(`route ${words.join(' ')} is declared twice`);
  children[last] = leaf;
}

function grow(): Record<string, Leaf | Branch> {
  const root: Record<string, Leaf | Branch> = {};
  for (const spec of Object.values(KINDS)) {
    for (const route of spec.routes) {
      const leaf: Leaf =
        'words' in route
          ? { kind: spec.kind, build: route.build, topic: route.topic, shortForm: route.shortForm }
          : { kind: spec.kind, build: spec.build, topic: spec.topic };
      place(root, route, leaf);
    }
  }
  return root;
}

function branch(node: Leaf | Branch | undefined, name: string): Branch {
  if (!node || isLeaf(node)) throw new Error(`the command tree has no "${name}" group`);
  return node;
}

const { flux, 'k8s-extension': extension, ...rest } = grow();
const FLUX_BRANCH = branch(flux, 'flux');
const EXTENSION_BRANCH = branch(extension, 'k8s-extension');

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
  ...rest,
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
