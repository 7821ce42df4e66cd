import type { AuditEvent } from '../access/audit-log.ts';
import { ConfirmationStore } from '../access/confirmations.ts';
import { type OriginSettings, originProblem, subscriptionProblem } from '../access/origin-check.ts';
import type { ConfirmImpact } from '../azure/confirm-impact.ts';
import { isOverwriting, type OverwritingCommand } from '../azure/overwrite-impact.ts';
import { formatProblems } from '../commands/format-problems.ts';
import { helpReply } from '../commands/help.ts';
import { impactSummary } from '../commands/kinds/index.ts';
import { parseCommand } from '../commands/parse.ts';
import type { ChannelContext, Command } from '../commands/types.ts';
import { accessDeniedReply } from '../replies/access-replies.ts';
import { auditReply, jobsReply } from '../replies/audit-replies.ts';
import { t } from '../replies/catalog/index.ts';
import { langSetReply } from '../replies/lang-set-reply.ts';
import { type Locale, type ReaderLocale, resolveLocale } from '../replies/locale/locale.ts';
import type { Reply } from '../replies/reply.ts';
import {
  confirmReply,
  contextReply,
  contextSetReply,
  describeCluster,
  parseErrorReply,
  queuedReply,
  queueUnavailableReply,
} from '../replies/submit-replies.ts';
import { withWarnings } from '../replies/with-warnings.ts';
import { type AccessChange, answerAccess } from './answer-access.ts';
import { auditFilter } from './audit-filter.ts';
import type { ChatRequest } from './chat-request.ts';
import { checkAccess } from './check-access.ts';
import { jobIdFor } from './job-id.ts';
import type { CommandJobData } from './queue-port.ts';
import type { SubmitDeps } from './submit-deps.ts';
import { userLabel } from './user-label.ts';

/** Who sent a delivery and where, for the audit and the channel context. */
type Who = Pick<ChatRequest, 'address' | 'user'>;

/** An audit entry `commit` writes for a delivery that ends without a job of its own. */
interface AuditNote {
  event: AuditEvent;
  display: string;
  jobId?: string;
  status?: string;
  /** The role and binding that decided the delivery (`admin via FLUXOPS_ADMINS`). */
  access?: string;
}

/**
 * What a delivery comes to before anything is written: the reply to show at once, and what
 * `commit` must still do. `status` is the outcome the reply stands for when `commit` succeeds.
 */
export type Prepared =
  | { step: 'answer'; status: 'replied' | 'rejected' | 'unavailable'; reply: Reply; who: Who; audit: AuditNote[] }
  | {
      step: 'use';
      status: 'replied';
      reply: Reply;
      who: Who;
      context?: ChannelContext;
      lang?: ReaderLocale;
      display: string;
    }
  | {
      step: 'access';
      status: 'replied';
      reply: Reply;
      who: Who;
      change: AccessChange;
      display: string;
      access?: string;
    }
  | { step: 'enqueue'; status: 'queued'; reply: Reply; data: CommandJobData }
  | { step: 'confirm'; status: 'confirm'; reply: Reply; token: string; data: CommandJobData; command: Command };

function answer(
  request: Who,
  status: 'replied' | 'rejected' | 'unavailable',
  reply: Reply,
  audit: AuditNote[] = [],
): Prepared {
  return { step: 'answer', status, reply, who: { address: request.address, user: request.user }, audit };
}

/**
 * Decides what one chat delivery means, reading but never writing, so an adapter can answer at once
 * (Slack's 3-second ack) and `commit` afterwards. Never throws for user input or a Redis outage.
 *
 * Rules:
 * 0. A Slack team or Teams tenant fluxops does not serve (SLACK_TEAM_IDS, else the workspace the bot
 *    is installed in; TEAMS_TENANT_IDS) is refused before anything else (audited
 *    `denied`); a command naming a subscription outside AZURE_SUBSCRIPTION_IDS is refused after parsing.
 *    Text a hook claims (sandbox mode's `sandbox …` commands) is answered by the hook once the user
 *    holds the role it names (admin for `sandbox …`); a hook that breaks must not block real commands.
 * 1. Text that does not parse is answered with its problems and never enqueued; the audit keeps
 *    only the verb (its first 40 characters, control characters removed), because the raw text may
 *    hold a secret the parser could not place.
 * 2. Every command but `help` and `access whoami` needs the role its kind names (`requiredRole`); a user without it gets a
 *    reply naming the role and who can grant it, the refusal is audited as `denied`, and nothing is
 *    queued. Where the role came from travels with the job into the audit trail.
 * 3. Commands that only read or set chat-side state (help, context, audit, jobs, use, access) need no job.
 * 4. Destructive commands wait for the requester's Confirm; `--yes` skips it only in a channel whose
 *    policy an admin set to `confirm=allow-yes` (an unreadable policy asks).
 * 4b. So does a `flux create` or `extension create` over one that exists: the prompt shows before →
 *    after (source, ref, kustomizations, credentials and settings it would drop).
 * 5. Everything else becomes a job whose id derives from the delivery, so a retry runs it once.
 * 6. A command's warnings (a documentation placeholder left in, an az flag that only changes the
 *    CLI's output) top its answer, prompt or queued reply, and every reply of its job.
 */
export async function prepare(request: ChatRequest, deps: SubmitDeps): Promise<Prepared> {
  const foreign =
    deps.boundaries &&
    originProblem(request.address, await originSettings(request, deps), resolveLocale(request.locale));
  if (foreign)
    return answer(request, 'rejected', parseErrorReply(foreign, resolveLocale(request.locale)), [
      { event: 'denied', display: 'foreign workspace', status: foreign.split(';')[0] },
    ]);
  const intercepted = await intercept(request, deps);
  if (intercepted) return intercepted;
  let context: ChannelContext | undefined;
  let locale: Locale;
  try {
    const [stored, channelLocale] = await Promise.all([
      deps.contexts.get(request.address),
      deps.contexts.getLocale(request.address),
    ]);
    context = stored;
    // The reader's language when the platform tells it, else the channel's, else FLUXOPS_DEFAULT_LOCALE.
    locale = resolveLocale(request.locale, channelLocale);
  } catch {
    return answer(request, 'unavailable', queueUnavailableReply(undefined, resolveLocale(request.locale)));
  }
  const parsed = parseCommand(request.text, { context, defaultSubscriptionId: deps.defaultSubscriptionId });
  if (!parsed.ok) {
    const verb = `${auditedVerb(request.text)} …`;
    const text = formatProblems(parsed.problems, parsed.helpTopic, locale);
    return answer(request, 'rejected', parseErrorReply(text, locale), [{ event: 'rejected', display: verb }]);
  }
  return withCommandWarnings(
    await prepareCommand(parsed.command, context, request, deps, locale),
    parsed.command,
    locale,
  );
}

/** Rule 6: what the command will do carries its warnings; a refusal says only why it was refused. */
function withCommandWarnings(prepared: Prepared, command: Command, locale: Locale): Prepared {
  if (prepared.status === 'rejected' || prepared.status === 'unavailable') return prepared;
  return { ...prepared, reply: withWarnings(prepared.reply, command.warnings, locale) };
}

/** Rules 2 to 5, for text that parsed. */
async function prepareCommand(
  command: Command,
  context: ChannelContext | undefined,
  request: ChatRequest,
  deps: SubmitDeps,
  locale: Locale,
): Promise<Prepared> {
  const decided = await checkAccess(command, request, deps, locale);
  if (decided.refusal === 'unavailable') {
    return answer(request, 'unavailable', queueUnavailableReply(command.display, locale));
  }
  if (decided.refusal) return answer(request, 'rejected', decided.refusal.reply, [decided.refusal.note]);
  const subscription = command.kind === 'use' ? command.context?.subscriptionId : command.target?.subscriptionId;
  const outside = subscriptionProblem(subscription, deps.boundaries?.subscriptions ?? [], locale);
  if (outside)
    return answer(request, 'rejected', parseErrorReply(outside, locale), [
      { event: 'denied', display: command.display, status: 'subscription not allowed' },
    ]);
  const chatSide = await answerChatSide(command, context, request, deps, locale);
  if (chatSide) return chatSide;
  const accessAnswer = await answerAccess(command, request, deps, locale).catch(() => null);
  if (accessAnswer === null) return answer(request, 'unavailable', queueUnavailableReply(command.display, locale));
  if (accessAnswer?.change) {
    const who = { address: request.address, user: request.user };
    const { reply, change } = accessAnswer;
    return { step: 'access', status: 'replied', reply, who, change, display: command.display, access: decided.access };
  }
  if (accessAnswer) return answer(request, 'replied', accessAnswer.reply);
  const data: CommandJobData = {
    jobId: jobIdFor('cmd', request.address.platform, request.deliveryId),
    address: request.address,
    user: request.user,
    locale,
    receivedAt: request.receivedAt,
    command: deps.sealer.seal(command),
    display: command.display,
    ...(decided.access ? { access: decided.access } : {}),
    ...(decided.scoped ? { scopedAccess: true } : {}),
  };
  const cluster = command.target ? describeCluster(command.target, locale) : undefined;
  const overwrite = isOverwriting(command) ? await overwriteOf(command, deps, locale) : undefined;
  if (overwrite && !(command.yes && (await yesAllowed(request, deps)))) {
    const token = ConfirmationStore.newToken();
    const reply = confirmReply(
      command.display,
      overwrite.text,
      token,
      userLabel(request.user),
      cluster,
      {
        text: '',
        tables: overwrite.tables,
      },
      locale,
    );
    return { step: 'confirm', status: 'confirm', reply, token, data, command };
  }
  if (command.safety === 'destructive' && !(command.yes && (await yesAllowed(request, deps)))) {
    const token = ConfirmationStore.newToken();
    const summary = impactSummary(command, locale);
    const reply = confirmReply(command.display, summary, token, userLabel(request.user), cluster, undefined, locale);
    return { step: 'confirm', status: 'confirm', reply, token, data, command };
  }
  const reply = queuedReply(command.display, data.jobId, userLabel(request.user), cluster, locale);
  return { step: 'enqueue', status: 'queued', reply, data };
}

/** Rule 0: the boundaries, with the installed Slack workspace when a Slack request must be checked against it. */
async function originSettings(request: ChatRequest, deps: SubmitDeps): Promise<OriginSettings> {
  const boundaries = deps.boundaries!;
  if (request.address.platform !== 'slack' || boundaries.slackTeams.length > 0 || !deps.installedSlackTeam)
    return boundaries;
  const installed = await deps.installedSlackTeam().catch(() => undefined);
  return { ...boundaries, installedSlackTeam: installed ?? null };
}

/** How long rule 4b waits for Azure on the ack path (Slack answers within 3 s) before asking anyway. */
const OVERWRITE_READ_MS = 1_500;

/**
 * Rule 4b: what a create would replace (src/azure/overwrite-impact.ts), undefined when nothing
 * exists. When Azure cannot tell in time, the create asks too: replacing a configuration unasked is
 * worse than one question too many.
 */
async function overwriteOf(
  command: OverwritingCommand,
  deps: SubmitDeps,
  locale: Locale,
): Promise<ConfirmImpact | undefined> {
  if (!deps.overwriteImpact) return undefined;
  const what =
    command.kind === 'flux.create'
      ? t(locale, 'overwrite.what.flux', { name: command.name })
      : t(locale, 'overwrite.what.extension', { name: command.extensionName });
  const unknown = (reason: string): ConfirmImpact => ({
    text: t(locale, 'overwrite.unknown', { what, cluster: command.target.clusterName, reason }),
    tables: [],
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ConfirmImpact>((resolve) => {
    timer = setTimeout(
      () => resolve(unknown(t(locale, 'overwrite.unknown.timeout', { seconds: OVERWRITE_READ_MS / 1000 }))),
      OVERWRITE_READ_MS,
    );
  });
  try {
    return await Promise.race([
      deps
        .overwriteImpact(command, locale)
        .catch((error: unknown) => unknown(String((error as Error)?.message ?? error))),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rule 4: whether `--yes` may skip the prompt in this channel. */
async function yesAllowed(request: ChatRequest, deps: SubmitDeps): Promise<boolean> {
  return (await deps.confirmPolicy?.allowsYes(request.address).catch(() => false)) ?? false;
}

/** Rule 1's audited verb: the first word, at most 40 characters, without control characters. */
function auditedVerb(text: string): string {
  return (text.trimStart().slice(0, 40).split(/\s/)[0] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/**
 * Rule 0. A command the hook answered changes the stand-in's world as much as a job does, so it
 * enters the trail too: `submitted` and `finished` under the delivery's id, which `jobs` pairs like
 * any job. The hook also answers plain `help`, which is not audited anywhere.
 */
async function intercept(request: ChatRequest, deps: SubmitDeps): Promise<Prepared | undefined> {
  if (!deps.intercept) return undefined;
  const warn = (error: unknown) => {
    deps.logger.warn({ err: String(error) }, 'submit intercept failed; parsing the text as a command');
    return undefined;
  };
  const claimed = await deps.intercept(request).catch(warn);
  if (!claimed) return undefined;
  // These texts never carry secrets (no flag takes one); the cap keeps a pasted wall of text out.
  const display = request.text.trim().replace(/\s+/g, ' ').slice(0, 200);
  let access: string | undefined;
  if (claimed.needs && deps.access) {
    const decision = await deps.access.decide(request, claimed.needs).catch(() => undefined);
    if (!decision) return answer(request, 'unavailable', queueUnavailableReply(display));
    if (!decision.allowed) {
      const held = decision.held ? `held ${decision.held} via ${decision.via}` : 'held no role';
      return answer(request, 'rejected', accessDeniedReply({ display, ...decision }), [
        { event: 'denied', display, status: `needs ${claimed.needs}`, access: held },
      ]);
    }
    access = `${decision.role} via ${decision.via}`;
  }
  const reply = await claimed.answer().catch(warn);
  if (!reply) return undefined;
  const parsed = parseCommand(request.text);
  if (parsed.ok && parsed.command.kind === 'help') return answer(request, 'replied', reply);
  const jobId = jobIdFor('cmd', request.address.platform, request.deliveryId);
  return answer(request, 'replied', reply, [
    { event: 'submitted', display, jobId, ...(access ? { access } : {}) },
    { event: 'finished', display, jobId, status: reply.status },
  ]);
}

/**
 * `use` checks the cluster exists (deps.checkCluster) before the channel remembers it. When Azure cannot
 * answer (no access, an outage) the cluster is remembered anyway: a check must not lock a channel out.
 */
async function checkUse(
  target: ChannelContext,
  check: boolean,
  deps: SubmitDeps,
  locale: Locale,
): Promise<Reply | undefined> {
  if (!check || !deps.checkCluster) return undefined;
  let problem: string | undefined;
  try {
    problem = await deps.checkCluster(target);
  } catch (error) {
    deps.logger.warn({ err: String(error) }, 'use: could not check the cluster in Azure; remembering it unchecked');
    return undefined;
  }
  if (!problem) return undefined;
  const example = `use -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType} --no-check`;
  return parseErrorReply(t(locale, 'submit.use.not-found', { problem, example }), locale);
}

/** Rule 2: the commands answered from chat-side state, without a job. */
async function answerChatSide(
  command: Command,
  context: ChannelContext | undefined,
  request: ChatRequest,
  deps: SubmitDeps,
  locale: Locale,
): Promise<Prepared | undefined> {
  if (command.kind === 'help') return answer(request, 'replied', helpReply(command.topic, locale));
  if (command.kind === 'context') return answer(request, 'replied', contextReply(context, locale));
  if (command.kind === 'use') {
    const refusal = command.context && (await checkUse(command.context, command.check, deps, locale));
    if (refusal) return answer(request, 'rejected', refusal);
    const reply = command.context
      ? contextSetReply(command.context, locale)
      : langSetReply(command.lang ?? 'en', locale);
    if (command.context && command.lang) {
      reply.fields = [...(reply.fields ?? []), ...(langSetReply(command.lang, locale).fields ?? [])];
    }
    return {
      step: 'use',
      status: 'replied',
      reply,
      who: { address: request.address, user: request.user },
      ...(command.context ? { context: command.context } : {}),
      ...(command.lang ? { lang: command.lang } : {}),
      display: command.display,
    };
  }
  if ((command.kind === 'audit' || command.kind === 'jobs') && deps.audit) {
    try {
      const entries =
        command.kind === 'jobs'
          ? await deps.audit.recent(request.address, 200)
          : await deps.audit.recent(request.address, 20, 2_000, auditFilter(command));
      const reply = command.kind === 'audit' ? auditReply(entries, locale) : jobsReply(entries, locale);
      return answer(request, 'replied', reply);
    } catch {
      return answer(request, 'unavailable', queueUnavailableReply(command.display, locale));
    }
  }
  return undefined;
}
