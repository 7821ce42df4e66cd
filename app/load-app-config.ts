import { type Config, loadConfig } from '../src/platform/config.ts';
import { checkSandboxFaults } from './sandbox-kit.ts';

/** The environment's settings, with the checks whose rules live outside src/ (the stand-in's fault syntax). */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): Config {
  return loadConfig(env, { SANDBOX_FAULTS: checkSandboxFaults });
}
