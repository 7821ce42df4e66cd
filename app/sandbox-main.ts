import { startStandaloneSandbox } from '../sandbox/standalone/start-standalone.ts';
import { type Config, ConfigError } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { loadAppConfig } from './load-app-config.ts';

// The standalone sandbox's process entry (`npm run sandbox`): the ARM, Resource Graph and kube API
// stand-ins with the simulated Flux agent, once, for any number of fluxops processes started with
// FLUXOPS_SANDBOX_URL. It reads the same SANDBOX_* settings as embedded sandbox mode, plus
// SANDBOX_PORT, and logs the URL to give them. Loopback only; SIGTERM or SIGINT stop it.

async function main(): Promise<void> {
  let config: Config;
  try {
    // The sandbox is neither web nor worker, and never another sandbox's client.
    config = loadAppConfig({
      ...process.env,
      FLUXOPS_SANDBOX: 'true',
      FLUXOPS_SANDBOX_URL: undefined,
      FLUXOPS_ROLE: 'all',
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const sandbox = await startStandaloneSandbox({
    subscriptionId: config.azure.subscriptionId,
    reconcileMs: config.sandboxOptions.reconcileMs,
    agentRelayMs: config.sandboxOptions.agentRelayMs,
    operationDelayMs: config.sandboxOptions.operationMs,
    faults: config.sandboxOptions.faults,
    controlPort: config.sandboxOptions.port,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      logger.fatal(
        `${error.message}: another process listens there; set SANDBOX_PORT to a free port. Example: SANDBOX_PORT=3991`,
      );
      process.exit(1);
    }
    throw error;
  });
  logger.info(
    { url: sandbox.url, arm: sandbox.arm.url, clusters: sandbox.kube.clusters.length },
    `sandbox listening: start fluxops processes with FLUXOPS_SANDBOX_URL=${sandbox.url}`,
  );
  const stop = async (signal: string) => {
    logger.info({ signal }, 'sandbox stopping');
    await sandbox.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

await main();
