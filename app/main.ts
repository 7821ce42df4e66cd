import { type Config, ConfigError } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { RedisUnavailableError } from '../src/platform/resolve-redis.ts';
import { routeConsoleToLogger, routeProcessWarningsToLogger } from '../src/platform/route-console-to-logger.ts';
import { loadAppConfig } from './load-app-config.ts';
import { type Fluxops, startFluxops } from './start-fluxops.ts';

// The process entry (`npm start`): settings from the environment, then the whole app. A setting
// that is wrong stops start-up with one line naming it; SIGTERM and SIGINT finish active jobs. Once
// the logger exists, everything the process writes is one of its JSON lines.

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadAppConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // From here on the process writes JSON lines only: libraries' console output and Node's warnings too.
  routeConsoleToLogger(console, logger);
  routeProcessWarningsToLogger(process, logger);
  // Signals are watched from the first moment: a pod stopped while it starts still stops cleanly.
  let stopping = false;
  let started: Promise<Fluxops> | undefined;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: finishing active jobs');
    // Past the grace (plus time to close connections) the process ends anyway.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000).unref();
    const app = await started?.catch(() => undefined);
    await app?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  try {
    started = startFluxops(config, { logger });
    await started;
  } catch (error) {
    // Settings checked while wiring (e.g. Teams app type and tenant) stop start-up like env ones do.
    if (error instanceof ConfigError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    if (error instanceof RedisUnavailableError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.fatal(
        `${(error as Error).message}: another process listens there; set PORT (HEALTH_PORT for FLUXOPS_ROLE=worker) to a free port. Example: PORT=3979`,
      );
      process.exit(1);
    }
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  }
}

await main();
