import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticationSettings, TeamsConfigError } from '../../../adapters/teams/bot-authentication.ts';
import { UNAUTHORIZED_BODY } from '../../../adapters/teams/teams-route.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { message, personalConversation, postActivity } from '../../support/teams/activities.ts';
import { type ConnectorStandIn, startConnectorStandIn } from '../../support/teams/connector-stand-in.ts';
import { startTeamsApp } from '../../support/teams/teams-app.ts';

describe('Teams authentication settings', () => {
  const appId = '11111111-2222-3333-4444-555555555555';
  const tenantId = '66666666-7777-8888-9999-000000000000';

  it('leaves everything out without an app id (botbuilder: authentication disabled)', () => {
    expect(authenticationSettings({ appType: 'SingleTenant' })).toEqual({});
  });

  it('passes SingleTenant with tenant and password', () => {
    expect(authenticationSettings({ appId, appPassword: 'p', appType: 'SingleTenant', tenantId })).toEqual({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: tenantId,
    });
  });

  it('passes UserAssignedMSI without a password', () => {
    expect(authenticationSettings({ appId, appType: 'UserAssignedMSI', tenantId })).toEqual({
      MicrosoftAppId: appId,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: tenantId,
    });
  });

  it('names the missing variable and never the secret', () => {
    expect(() => authenticationSettings({ appId, appPassword: 'secret-value', appType: 'SingleTenant' })).toThrow(
      /MicrosoftAppTenantId/,
    );
    expect(() => authenticationSettings({ appId, appType: 'SingleTenant', tenantId })).toThrow(TeamsConfigError);
    try {
      authenticationSettings({ appId, appPassword: 'secret-value', appType: 'UserAssignedMSI', tenantId });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain('must not set MicrosoftAppPassword');
      expect(String(error)).not.toContain('secret-value');
    }
  });
});

describe('Teams /api/messages with auth on', () => {
  let app: Fluxops;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startTeamsApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
    });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it('answers 401 to an unsigned activity and sends nothing', async () => {
    const response = await postActivity(app.url!, message(connector.url, personalConversation(), 'help'));
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED_BODY);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.calls).toHaveLength(0);
  });

  it('answers 401 to a token that is not a Bot Framework JWT, with the fixed body', async () => {
    const response = await postActivity(app.url!, message(connector.url, personalConversation(), 'help'), {
      authorization: 'Bearer not-a-jwt',
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED_BODY);
  });

  it('answers 401 with the fixed body, never internal error text, to a JWT-shaped token it cannot check', async () => {
    // Issued by the Bot Framework, signed by a key nobody publishes: botbuilder fetches the signing keys
    // (unreachable without a network; without the key if reachable) and fails either way.
    const now = Math.floor(Date.now() / 1000);
    const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = [
      segment({ alg: 'RS256', typ: 'JWT', kid: 'fluxops-test-unpublished-key' }),
      segment({
        iss: 'https://api.botframework.com',
        aud: '11111111-2222-3333-4444-555555555555',
        serviceurl: connector.url,
        nbf: now - 60,
        exp: now + 3600,
      }),
      Buffer.from('not-a-signature').toString('base64url'),
    ].join('.');
    const response = await postActivity(app.url!, message(connector.url, personalConversation(), 'help'), {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED_BODY);
    expect(connector.calls).toHaveLength(0);
  }, 30_000);
});
