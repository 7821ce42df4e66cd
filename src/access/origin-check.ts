import type { ConversationAddress } from '../notify/conversation.ts';
import { type Locale, t } from '../replies/catalog/index.ts';

/** Where requests may come from. Empty lists mean "not restricted" for that platform. */
export interface OriginSettings {
  /** SLACK_TEAM_IDS. */
  slackTeams: readonly string[];
  /**
   * The workspace the bot token is installed in (Slack's auth.test), which alone is served while
   * SLACK_TEAM_IDS is empty; null when auth.test could not be read. Absent: not checked (no Slack).
   */
  installedSlackTeam?: string | null;
  /** MicrosoftAppTenantId (SingleTenant) and TEAMS_TENANT_IDS. */
  teamsTenants: readonly string[];
}

/**
 * The sentence refusing a request from a Slack workspace or Teams tenant fluxops does not serve, or
 * undefined when it may go on.
 *
 * Rules:
 * 1. Slack: the request's team must be in SLACK_TEAM_IDS when that is set; otherwise it must be the
 *    team the bot is installed in, and while that is unknown (auth.test unanswered) nothing is served.
 * 2. Teams: the activity's tenant must be the bot's own tenant (SingleTenant) or in TEAMS_TENANT_IDS.
 * 3. The console has no workspace; it is never refused here.
 */
export function originProblem(
  address: ConversationAddress,
  settings: OriginSettings,
  locale: Locale = 'en',
): string | undefined {
  const { platform, extra } = address;
  const team = extra?.team ?? t(locale, 'origin.slack.unknown-team');
  if (platform === 'slack' && settings.slackTeams.length > 0 && !settings.slackTeams.includes(extra?.team ?? '')) {
    const teams = settings.slackTeams.join(', ');
    return t(locale, 'origin.slack.listed', { teams, from: team, first: settings.slackTeams[0] ?? '' });
  }
  if (platform === 'slack' && settings.slackTeams.length === 0 && settings.installedSlackTeam !== undefined) {
    const installed = settings.installedSlackTeam;
    if (installed === null) return t(locale, 'origin.slack.unknown-install');
    if (installed !== extra?.team)
      return t(locale, 'origin.slack.installed', { installed, from: team, example: extra?.team ?? 'T024BE7LD' });
  }
  if (
    platform === 'teams' &&
    settings.teamsTenants.length > 0 &&
    !settings.teamsTenants.includes(extra?.tenantId ?? '')
  ) {
    const from = extra?.tenantId ?? t(locale, 'origin.teams.unknown-tenant');
    return t(locale, 'origin.teams.listed', { tenants: settings.teamsTenants.join(', '), from });
  }
  return undefined;
}

/**
 * The sentence refusing a subscription outside AZURE_SUBSCRIPTION_IDS, or undefined when allowed.
 * A command without its own subscription uses the default, which is always allowed.
 */
export function subscriptionProblem(
  subscriptionId: string | undefined,
  allowed: readonly string[],
  locale: Locale = 'en',
): string | undefined {
  if (subscriptionId === undefined || allowed.length === 0) return undefined;
  if (allowed.some((id) => id.toLowerCase() === subscriptionId.toLowerCase())) return undefined;
  return t(locale, 'origin.subscription', {
    subscription: subscriptionId,
    accepted: allowed.join(', '),
    first: allowed[0] ?? '',
  });
}
