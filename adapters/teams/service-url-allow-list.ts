// Where the Teams adapter may send: an activity's serviceUrl is where botbuilder POSTs the reply, so
// a caller-chosen one would make the bot write to any host. Only the Bot Framework's documented
// hosts are accepted (Microsoft Learn: Bot Framework security FAQ, "*.botframework.com (channels)";
// the Microsoft 365 Agents SDK's TeamsServiceEndpoints for the Teams clouds; botbuilder's
// GovernmentConstants for the US government cloud).

/** Host names accepted exactly, with the cloud each serves. */
const TEAMS_HOSTS: Record<string, string> = {
  'smba.trafficmanager.net': 'Teams, public cloud',
  'smba.infra.gcc.teams.microsoft.com': 'Teams GCC',
  'smba.infra.gov.teams.microsoft.us': 'Teams GCC High',
  'smba.infra.dod.teams.microsoft.us': 'Teams DoD',
};

/** Domains whose subdomains are accepted (`*.botframework.com`), with the cloud each serves. */
const BOT_FRAMEWORK_DOMAINS: Record<string, string> = {
  'botframework.com': 'Bot Framework channels, public cloud',
  'botframework.azure.us': 'Bot Framework, US government cloud',
  'botframework.us': 'Bot Framework, US government cloud',
  'botframework.azure.cn': 'Bot Framework, China cloud (21Vianet)',
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The accepted hosts as one line, for refusals and logs. */
export const ALLOWED_SERVICE_URLS = [
  ...Object.keys(TEAMS_HOSTS).map((host) => `https://${host}/…`),
  ...Object.keys(BOT_FRAMEWORK_DOMAINS).map((domain) => `https://*.${domain}/…`),
].join(', ');

/**
 * Rules, in order:
 * 1. It must parse as an absolute URL without user info (`https://user@host` hides the real host).
 * 2. Loopback (`127.0.0.1`, `localhost`, `[::1]`, any port, http or https) only when `allowLoopback`
 *    (sandbox mode: the Agents Playground and the test connector run on this machine).
 * 3. Otherwise https on the default port only, and the host is one of TEAMS_HOSTS or a subdomain of
 *    one of BOT_FRAMEWORK_DOMAINS (the bare domain itself is no channel, so it is refused).
 */
export function isAllowedServiceUrl(serviceUrl: unknown, options: { allowLoopback: boolean }): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (LOOPBACK_HOSTS.has(host)) return options.allowLoopback && (url.protocol === 'http:' || url.protocol === 'https:');
  if (url.protocol !== 'https:' || url.port !== '') return false;
  if (host in TEAMS_HOSTS) return true;
  return Object.keys(BOT_FRAMEWORK_DOMAINS).some((domain) => host.endsWith(`.${domain}`));
}
