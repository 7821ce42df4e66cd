import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';

/** Where requests may come from, and which subscriptions commands may name, as read from the environment. */
const TENANT = '11111111-2222-3333-4444-555555555555';
const SUBSCRIPTION = '22222222-3333-4444-5555-666666666666';

describe('config boundaries', () => {
  it('serves the bot tenant of a SingleTenant app plus TEAMS_TENANT_IDS, and defaults subscriptions to AZURE_SUBSCRIPTION_ID', () => {
    const config = loadConfig({
      AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
      FLUXOPS_SANDBOX: 'true',
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: TENANT,
      TEAMS_TENANT_IDS: '33333333-4444-5555-6666-777777777777',
    });
    expect(config.boundaries).toEqual({
      slackTeams: [],
      teamsTenants: [TENANT, '33333333-4444-5555-6666-777777777777'],
      subscriptions: [SUBSCRIPTION],
    });
  });

  it('refuses a tenant list that is not GUIDs, with an example', () => {
    expect(() => loadConfig({ TEAMS_TENANT_IDS: 'contoso' })).toThrow(
      /TEAMS_TENANT_IDS.*GUID.*72f988bf-86f1-41af-91ab-2d7cd011db47/,
    );
  });
});
