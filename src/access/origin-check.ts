import type { ConversationAddress } from '../notify/conversation.ts';

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
export function originProblem(address: ConversationAddress, settings: OriginSettings): string | undefined {
  const { platform, extra } = address;
  if (platform === 'slack' && settings.slackTeams.length > 0 && !settings.slackTeams.includes(extra?.team ?? '')) {
    return `This fluxops serves the Slack workspaces ${settings.slackTeams.join(', ')} only; this request came from ${extra?.team ?? 'an unknown workspace'}. Nothing was run. An operator of fluxops can add the workspace to SLACK_TEAM_IDS (e.g. SLACK_TEAM_IDS=${settings.slackTeams[0]},T024BE7LD).`;
  }
  if (platform === 'slack' && settings.slackTeams.length === 0 && settings.installedSlackTeam !== undefined) {
    const installed = settings.installedSlackTeam;
    if (installed === null)
      return 'fluxops could not confirm which Slack workspace it is installed in (Slack did not answer auth.test), so it serves none yet. Nothing was run. Try again in a moment; an operator of fluxops can name the workspaces in SLACK_TEAM_IDS (e.g. SLACK_TEAM_IDS=T024BE7LD).';
    if (installed !== extra?.team)
      return `This fluxops serves the Slack workspace it is installed in (${installed}) only; this request came from ${extra?.team ?? 'an unknown workspace'}. Nothing was run. An operator of fluxops can serve more workspaces with SLACK_TEAM_IDS (e.g. SLACK_TEAM_IDS=${installed},${extra?.team ?? 'T024BE7LD'}).`;
  }
  if (
    platform === 'teams' &&
    settings.teamsTenants.length > 0 &&
    !settings.teamsTenants.includes(extra?.tenantId ?? '')
  ) {
    return `This fluxops serves the Microsoft Entra tenants ${settings.teamsTenants.join(', ')} only; this activity came from ${extra?.tenantId ?? 'an unknown tenant'}. Nothing was run. An operator of fluxops can add the tenant to TEAMS_TENANT_IDS.`;
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
): string | undefined {
  if (subscriptionId === undefined || allowed.length === 0) return undefined;
  if (allowed.some((id) => id.toLowerCase() === subscriptionId.toLowerCase())) return undefined;
  return `--subscription ${subscriptionId} is not one fluxops may act on. Accepted: ${allowed.join(', ')} (AZURE_SUBSCRIPTION_IDS). Nothing was run. Example: --subscription ${allowed[0]}.`;
}
