import { chooseBindHost } from '../src/platform/bind-host.ts';
import type { Config } from '../src/platform/config.ts';
import type { Router } from '../src/platform/http-router.ts';
import { startHttpServer } from '../src/platform/http-server.ts';
import type { Logger } from '../src/platform/logger.ts';

/**
 * The web ingresses that run without authentication under this config: Teams without
 * MicrosoftAppId (sandbox only) and the console without CONSOLE_TOKEN (sandbox only; it also
 * refuses every caller but this machine). A worker-only process serves none of them.
 */
function openIngresses(config: Config): string[] {
  if (config.role === 'worker') return [];
  const open: string[] = [];
  if (config.teams && !config.teams.appId) open.push('Teams /api/messages (no MicrosoftAppId)');
  if (config.sandbox && !config.console.token) open.push('the console /console/* (no CONSOLE_TOKEN)');
  return open;
}

/**
 * Starts the process's HTTP server: the ingress on PORT, or for FLUXOPS_ROLE=worker the health
 * endpoints on HEALTH_PORT (default PORT). It listens where the bind rule says (bind-host.ts:
 * 127.0.0.1 while an ingress is open, unless HOST is set), warns once when HOST exposes an open
 * ingress, and logs the address it really listens on.
 */
export async function listen(options: {
  router: Router;
  config: Config;
  logger: Logger;
}): Promise<Awaited<ReturnType<typeof startHttpServer>>> {
  const { config, logger } = options;
  const worker = config.role === 'worker';
  const open = openIngresses(config);
  const choice = chooseBindHost(config.host, open);
  if (choice.warning) logger.warn({ host: choice.host, unauthenticated: open }, choice.warning);
  const port = worker ? (config.healthPort ?? config.port) : config.port;
  const http = await startHttpServer({ router: options.router, host: choice.host, port, logger });
  const what = worker ? 'health endpoints' : 'http ingress';
  logger.info(
    { bound: http.bound, url: http.url, host: config.host === undefined ? 'bind rule' : 'HOST' },
    `${what} listening on ${http.bound}`,
  );
  return http;
}
