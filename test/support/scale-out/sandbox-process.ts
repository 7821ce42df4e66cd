import type { RecordedRequest } from '../../../sandbox/arm/request-log.ts';
import { SANDBOX_PATHS } from '../../../sandbox/standalone/descriptor.ts';
import { type Spawned, spawnApp } from './spawned.ts';

/** `npm run sandbox` as its own process, and the URL its processes are given (FLUXOPS_SANDBOX_URL). */
export interface SandboxProcess {
  url: string;
  process: Spawned;
  /** The ARM stand-in's request log, read over the wire from the sandbox process. */
  requests(): Promise<RecordedRequest[]>;
}

export async function startSandboxProcess(env: Record<string, string> = {}): Promise<SandboxProcess> {
  const process = await spawnApp(
    'sandbox',
    'app/sandbox-main.ts',
    { SANDBOX_PORT: '0', LOG_LEVEL: 'info', ...env },
    'FLUXOPS_SANDBOX_URL=',
  );
  const line = process.lines().find((l) => String(l.msg).includes('FLUXOPS_SANDBOX_URL='));
  const url = String(line?.url);
  return {
    url,
    process,
    async requests() {
      const response = await fetch(new URL(SANDBOX_PATHS.requests, url));
      return ((await response.json()) as { requests: RecordedRequest[] }).requests;
    },
  };
}
