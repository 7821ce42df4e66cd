// The registry of command kinds, and what the rest of fluxops derives from it: the command tree
// (`grammar/routes.ts`), safety, display, the impact summary and whether a job runs the command.
//
// Rules:
// 1. `KINDS` lists every `CommandKind` with its spec; a kind without one does not compile.
// 2. The command tree lists accepted words in the order of `KINDS`.
// 3. `JobKind` is derived from the specs' `runs: 'job'`; `jobs/handlers/index.ts` must give each a handler.
import type { Locale } from '../../replies/locale/locale.ts';
import { joinWords } from '../display/display-words.ts';
import type { CommandDraft } from '../grammar/build-types.ts';
import { changeSummary } from '../impact-text.ts';
import type { Role } from '../role.ts';
import type { Command, CommandKind, CommandOfKind, Safety } from '../types.ts';
import { accessGrantKind } from './access-grant.ts';
import { accessListKind } from './access-list.ts';
import { accessPolicyKind } from './access-policy.ts';
import { accessRevokeKind } from './access-revoke.ts';
import { accessWhoamiKind } from './access-whoami.ts';
import { alertsListKind } from './alerts-list.ts';
import { alertsMuteKind } from './alerts-mute.ts';
import { alertsSetupKind } from './alerts-setup.ts';
import { alertsSubscribeKind } from './alerts-subscribe.ts';
import { alertsUnsubscribeKind } from './alerts-unsubscribe.ts';
import { auditKind } from './audit.ts';
import { contextKind } from './context.ts';
import type { DraftOf, KindSpec } from './define-kind.ts';
import { deployedObjectListKind } from './deployed-object-list.ts';
import { deployedObjectShowKind } from './deployed-object-show.ts';
import { eventsKind } from './events.ts';
import { extensionCreateKind } from './extension-create.ts';
import { extensionDeleteKind } from './extension-delete.ts';
import { extensionListKind } from './extension-list.ts';
import { extensionShowKind } from './extension-show.ts';
import { extensionUpdateKind } from './extension-update.ts';
import { fluxCreateKind } from './flux-create.ts';
import { fluxDeleteKind } from './flux-delete.ts';
import { fluxListKind } from './flux-list.ts';
import { fluxShowKind } from './flux-show.ts';
import { fluxUpdateKind } from './flux-update.ts';
import { helpKind } from './help.ts';
import { jobsKind } from './jobs.ts';
import { kustomizationCreateKind } from './kustomization-create.ts';
import { kustomizationDeleteKind } from './kustomization-delete.ts';
import { kustomizationListKind } from './kustomization-list.ts';
import { kustomizationShowKind } from './kustomization-show.ts';
import { kustomizationUpdateKind } from './kustomization-update.ts';
import { logsKind } from './logs.ts';
import { reconcileKind } from './reconcile.ts';
import { resumeKind } from './resume.ts';
import { statusKind } from './status.ts';
import { suspendKind } from './suspend.ts';
import { useKind } from './use.ts';

const SPECS = {
  'flux.create': fluxCreateKind,
  'flux.update': fluxUpdateKind,
  'flux.show': fluxShowKind,
  'flux.list': fluxListKind,
  'flux.delete': fluxDeleteKind,
  'kustomization.create': kustomizationCreateKind,
  'kustomization.update': kustomizationUpdateKind,
  'kustomization.delete': kustomizationDeleteKind,
  'kustomization.list': kustomizationListKind,
  'kustomization.show': kustomizationShowKind,
  'deployed-object.list': deployedObjectListKind,
  'deployed-object.show': deployedObjectShowKind,
  use: useKind,
  context: contextKind,
  jobs: jobsKind,
  audit: auditKind,
  help: helpKind,
  'extension.create': extensionCreateKind,
  'extension.update': extensionUpdateKind,
  'extension.show': extensionShowKind,
  'extension.list': extensionListKind,
  'extension.delete': extensionDeleteKind,
  status: statusKind,
  reconcile: reconcileKind,
  suspend: suspendKind,
  resume: resumeKind,
  events: eventsKind,
  logs: logsKind,
  'alerts.subscribe': alertsSubscribeKind,
  'alerts.list': alertsListKind,
  'alerts.unsubscribe': alertsUnsubscribeKind,
  'alerts.mute': alertsMuteKind,
  'alerts.setup': alertsSetupKind,
  'access.grant': accessGrantKind,
  'access.revoke': accessRevokeKind,
  'access.list': accessListKind,
  'access.whoami': accessWhoamiKind,
  'access.policy': accessPolicyKind,
} as const;

export type KindRegistry = { readonly [K in CommandKind]: KindSpec<K> };

export const KINDS: KindRegistry = SPECS;

/** The kinds a worker handler runs. */
export type JobKind = { [K in CommandKind]: (typeof SPECS)[K]['runs'] extends 'job' ? K : never }[CommandKind];
export type JobCommand = CommandOfKind<JobKind>;

/** True when a job runs the command; false when submit answers it at once (help, context, use, …). */
export function runsAsJob(command: Command): command is JobCommand {
  return KINDS[command.kind].runs === 'job';
}

function safetyOf<K extends CommandKind>(kind: K, draft: DraftOf<K>): Safety {
  const { safety } = KINDS[kind];
  return typeof safety === 'function' ? safety(draft) : safety;
}

/** Safety of a draft, which drives confirmation and policy elsewhere. */
export function classifySafety(draft: CommandDraft): Safety {
  return safetyOf(draft.kind, draft);
}

function displayOf<K extends CommandKind>(kind: K, draft: DraftOf<K>) {
  return KINDS[kind].display(draft);
}

/**
 * The redacted canonical text of a command (`Command.display`), used in replies, logs and audit. Built
 * from the typed command, not from what was typed, so secrets can only appear as `••••` and a short form
 * and its long form display the same.
 */
export function renderDisplay(draft: CommandDraft): string {
  return joinWords(displayOf(draft.kind, draft));
}

function impactOf<K extends CommandKind>(kind: K, command: CommandOfKind<K>, locale: Locale): string | undefined {
  return KINDS[kind].impact?.(command, locale);
}

/**
 * The lowest role that may run a command.
 *
 * Rules:
 * 1. A kind that declares `role` needs that role (the operator kinds).
 * 2. Otherwise a read-only command needs `viewer` and any other command `admin`.
 */
export function requiredRole(command: Command): Role {
  const declared = KINDS[command.kind].role;
  if (declared) return declared;
  return command.safety === 'read-only' ? 'viewer' : 'admin';
}

/** One sentence saying what a destructive command will do, shown above Confirm/Cancel. */
export function impactSummary(command: Command, locale: Locale = 'en'): string {
  return impactOf(command.kind, command, locale) ?? changeSummary(command.target, [], locale);
}
