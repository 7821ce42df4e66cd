import type { Router } from '../../src/platform/http-router.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import { ConsoleBus, ConsoleDeliverer } from './console-bus.ts';
import { registerConsoleRoutes } from './console-route.ts';
import { registerConsoleWatchRoute } from './console-watch-route.ts';

export { ConsoleDeliverer } from './console-bus.ts';

/** Wires the console chat: its routes on the shared server and the pub/sub bus behind them. */
export function registerConsole(options: {
  router: Router;
  subscriber: RedisClient;
  prefix: string;
  deps: SubmitDeps;
  token?: string;
  /** CONSOLE_USER: the one identity of every console request. */
  identity?: string;
}): void {
  const bus = new ConsoleBus(options.subscriber, options.prefix);
  registerConsoleRoutes(options.router, { bus, deps: options.deps, token: options.token, identity: options.identity });
  registerConsoleWatchRoute(options.router, { bus, token: options.token });
}

export function consoleDeliverer(publisher: RedisClient, prefix: string): ConsoleDeliverer {
  return new ConsoleDeliverer(publisher, prefix);
}
