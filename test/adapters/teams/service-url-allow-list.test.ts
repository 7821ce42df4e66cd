import { describe, expect, it } from 'vitest';
import { ALLOWED_SERVICE_URLS, isAllowedServiceUrl } from '../../../adapters/teams/service-url-allow-list.ts';

describe('isAllowedServiceUrl', () => {
  const production = { allowLoopback: false };
  const sandbox = { allowLoopback: true };

  it.each([
    'https://smba.trafficmanager.net/teams/',
    'https://smba.trafficmanager.net/amer/',
    'https://SMBA.trafficmanager.net/emea/',
    'https://smba.infra.gcc.teams.microsoft.com/teams',
    'https://smba.infra.gov.teams.microsoft.us/teams',
    'https://smba.infra.dod.teams.microsoft.us/teams',
    'https://webchat.botframework.com/',
    'https://directline.botframework.com/',
    'https://europe.directline.botframework.com/',
    'https://webchat.botframework.azure.us/',
    'https://webchat.botframework.azure.cn/',
  ])('accepts the Bot Framework host %s', (url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(true);
  });

  it.each([
    ['another host', 'https://attacker.example/'],
    ['a look-alike suffix', 'https://smba.trafficmanager.net.attacker.example/'],
    ['a look-alike domain', 'https://evilbotframework.com/'],
    ['the bare domain', 'https://botframework.com/'],
    ['plain http', 'http://smba.trafficmanager.net/teams/'],
    ['another port', 'https://smba.trafficmanager.net:8443/teams/'],
    ['user info hiding the host', 'https://smba.trafficmanager.net@attacker.example/'],
    ['no URL', 'not a url'],
    ['no string', 42],
    ['nothing', undefined],
    ['loopback outside sandbox', 'http://127.0.0.1:3979/'],
    ['another loopback address', 'http://127.0.0.2:3979/'],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(false);
  });

  it('accepts loopback in sandbox mode only, on any port', () => {
    for (const url of ['http://127.0.0.1:56150/_connector', 'http://localhost:3979/', 'http://[::1]:4000/']) {
      expect(isAllowedServiceUrl(url, sandbox)).toBe(true);
      expect(isAllowedServiceUrl(url, production)).toBe(false);
    }
    expect(isAllowedServiceUrl('ftp://127.0.0.1/', sandbox)).toBe(false);
  });

  it('names every accepted host for the refusal message', () => {
    expect(ALLOWED_SERVICE_URLS).toContain('https://smba.trafficmanager.net/…');
    expect(ALLOWED_SERVICE_URLS).toContain('https://*.botframework.com/…');
    expect(ALLOWED_SERVICE_URLS).toContain('https://*.botframework.azure.us/…');
  });
});
