import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { type Config, ConfigError } from '../../src/platform/config.ts';

// Turns fluxops' Teams settings into botbuilder's ConfigurationBotFrameworkAuthentication, which
// validates the Bot Framework JWT on every POST to /api/messages and signs outbound calls.

export type TeamsSettings = NonNullable<Config['teams']>;

/** A ConfigError, so main() prints the one-line message and exits instead of a stack trace. */
export class TeamsConfigError extends ConfigError {}

/**
 * Rules, in order:
 * 1. No app id (sandbox only — src/platform/config.ts refuses it elsewhere): every setting is left out, so
 *    botbuilder takes the MultiTenant path with an empty id, which is its "authentication disabled".
 *    Passing SingleTenant there would make botbuilder throw for the missing id.
 * 2. UserAssignedMSI needs the tenant and must not carry a password (the identity is the managed one).
 * 3. SingleTenant needs the tenant and a password (certificates are not wired here).
 * 4. MultiTenant needs a password; Azure no longer creates such bots, but existing ones keep working.
 * Errors name the variable, never its value.
 */
export function authenticationSettings(
  settings: Pick<TeamsSettings, 'appId' | 'appPassword' | 'appType' | 'tenantId'>,
): Record<string, string> {
  const { appId, appPassword, appType, tenantId } = settings;
  if (!appId) return {};
  const out: Record<string, string> = { MicrosoftAppId: appId, MicrosoftAppType: appType };
  if (appType === 'UserAssignedMSI') {
    if (!tenantId) throw new TeamsConfigError('MicrosoftAppType=UserAssignedMSI needs MicrosoftAppTenantId.');
    if (appPassword) throw new TeamsConfigError('MicrosoftAppType=UserAssignedMSI must not set MicrosoftAppPassword.');
    out.MicrosoftAppTenantId = tenantId;
    return out;
  }
  if (appType === 'SingleTenant' && !tenantId) {
    throw new TeamsConfigError('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId (the Entra tenant id).');
  }
  if (!appPassword) throw new TeamsConfigError(`MicrosoftAppType=${appType} needs MicrosoftAppPassword.`);
  out.MicrosoftAppPassword = appPassword;
  if (tenantId) out.MicrosoftAppTenantId = tenantId;
  return out;
}

export function createBotAuthentication(settings: TeamsSettings): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(authenticationSettings(settings));
}
