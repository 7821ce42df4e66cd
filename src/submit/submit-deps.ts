import type { AccessPolicy } from '../access/access-policy.ts';
import type { AuditLog } from '../access/audit-log.ts';
import type { ConfirmPolicy } from '../access/confirm-policy.ts';
import type { ConfirmationStore } from '../access/confirmations.ts';
import type { OriginSettings } from '../access/origin-check.ts';
import type { ConfirmImpact } from '../azure/confirm-impact.ts';
import type { OverwritingCommand } from '../azure/overwrite-impact.ts';
import type { Role } from '../commands/role.ts';
import type { ClusterTarget } from '../commands/types.ts';
import type { Logger } from '../platform/logger.ts';
import type { Sealer } from '../platform/seal.ts';
import type { Locale } from '../replies/locale/locale.ts';
import type { Reply } from '../replies/reply.ts';
import type { ChannelContextStore } from './channel-context-store.ts';
import type { ChatRequest } from './chat-request.ts';
import type { CommandQueuePort } from './queue-port.ts';

/** What `prepare`, `commit` and `decide` need; the composition root builds it once per process. */
export interface SubmitDeps {
  queue: CommandQueuePort;
  contexts: ChannelContextStore;
  confirmations: ConfirmationStore;
  sealer: Sealer;
  logger: Logger;
  audit?: AuditLog;
  /** Who may run what; absent, every user may run every command (unit tests of other rules). */
  access?: AccessPolicy;
  /** Per-channel `access policy confirm=…`; absent, `--yes` never skips a confirmation. */
  confirmPolicy?: ConfirmPolicy;
  /** Slack teams and Teams tenants served, and the subscriptions commands may name; absent, none is checked. */
  boundaries?: OriginSettings & { subscriptions: readonly string[] };
  /**
   * The Slack workspace the bot token belongs to (auth.test, read once; undefined when it could not
   * be read). The Slack adapter sets it; with SLACK_TEAM_IDS empty only that workspace is served.
   */
  installedSlackTeam?: () => Promise<string | undefined>;
  defaultSubscriptionId?: string;
  /**
   * The subscription a command acts in when it names none (AZURE_SUBSCRIPTION_ID, the ARM client's):
   * the cluster ARM id that `--scope` bindings are matched against is built with it.
   */
  armSubscriptionId?: string;
  /**
   * Sees the text before the parser; an Intercepted means "mine: run it if the user holds `needs`",
   * undefined means "not mine". The composition root sets it in sandbox mode (the `sandbox …` fault
   * commands), so prepare() and the command grammar stay free of sandbox knowledge.
   */
  intercept?: (request: ChatRequest) => Promise<Intercepted | undefined>;
  /**
   * `use`'s existence check: the sentence saying what is missing (resource group, cluster, type), or
   * undefined when the cluster exists. Absent → `use` does not check.
   */
  checkCluster?: (target: ClusterTarget) => Promise<string | undefined>;
  /**
   * What a `flux create` / `extension create` would replace (src/azure/overwrite-impact.ts), undefined
   * when nothing exists. Absent → creates never ask.
   */
  overwriteImpact?: (command: OverwritingCommand, locale: Locale) => Promise<ConfirmImpact | undefined>;
}

/** Text the intercept hook claimed: the role it needs (none: anyone) and the answer, run only once allowed. */
export interface Intercepted {
  needs?: Role;
  answer(): Promise<Reply>;
}
