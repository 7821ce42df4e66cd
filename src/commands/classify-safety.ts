/**
 * Safety of a command, which drives confirmation and policy elsewhere.
 *
 * Rules:
 * 1. read-only: show, list, status, events, logs, context, jobs, audit, help, alerts list.
 * 2. destructive: deleting a configuration, extension or kustomization; suspending (chat `suspend` or
 *    `flux update --suspend`); turning a controller off (`<controller>.enabled=false`, also on create, which the tutorial uses to
 *    re-apply an existing extension); turning prune off
 *    on an existing kustomization (`flux update -k … prune=false`, `kustomization update --prune false`);
 *    changing an existing configuration's source URL, git ref or source kind.
 * 3. Everything else that changes state (create, update, reconcile, resume, use, alert changes) is mutating.
 */
import type { CommandDraft } from './grammar/build-types.ts';
import type { Safety } from './types.ts';
import { isControllerToggle } from './validate/flux-setting-keys.ts';

const READ_ONLY = new Set<string>([
  'flux.show',
  'flux.list',
  'kustomization.list',
  'kustomization.show',
  'deployed-object.list',
  'deployed-object.show',
  'extension.show',
  'extension.list',
  'status',
  'events',
  'logs',
  'context',
  'jobs',
  'audit',
  'help',
  'alerts.list',
]);

const ALWAYS_DESTRUCTIVE = new Set<string>(['flux.delete', 'extension.delete', 'kustomization.delete', 'suspend']);

export function classifySafety(draft: CommandDraft): Safety {
  if (READ_ONLY.has(draft.kind)) return 'read-only';
  if (ALWAYS_DESTRUCTIVE.has(draft.kind)) return 'destructive';
  switch (draft.kind) {
    case 'flux.update': {
      const source = draft.source;
      const changesSource =
        source !== undefined && (source.url !== undefined || source.ref !== undefined || source.kindChanged);
      const prunesOff = draft.kustomizations.some((k) => k.prune === false);
      return changesSource || prunesOff || draft.suspend === true ? 'destructive' : 'mutating';
    }
    case 'kustomization.update':
      return draft.kustomization.prune === false ? 'destructive' : 'mutating';
    case 'extension.update':
    case 'extension.create': {
      const disables = Object.entries(draft.configurationSettings).some(
        ([key, value]) => isControllerToggle(key) && value === 'false',
      );
      return disables ? 'destructive' : 'mutating';
    }
    default:
      return 'mutating';
  }
}
