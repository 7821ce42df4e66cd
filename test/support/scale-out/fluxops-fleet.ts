import { randomBytes } from 'node:crypto';
import { freePort } from '../../../src/platform/free-port.ts';
import { testPrefix } from '../test-app.ts';
import { type Spawned, spawnApp } from './spawned.ts';

/** A web process and the URL its console and webhook answer on. */
interface WebProcess extends Spawned {
  url: string;
}

/** fluxops split into roles, every process sharing one Redis, one key prefix, one sealing key and one sandbox. */
export interface Fleet {
  prefix: string;
  webs: WebProcess[];
  workers: Spawned[];
  /** Starts one more worker process (a replacement after a kill). */
  addWorker(): Promise<Spawned>;
  stop(): Promise<void>;
}

export async function startFleet(options: {
  sandboxUrl: string;
  redisEnv: Record<string, string>;
  webs: number;
  workers: number;
  env?: Record<string, string>;
}): Promise<Fleet> {
  const prefix = testPrefix();
  const shared = {
    ...options.redisEnv,
    FLUXOPS_SANDBOX_URL: options.sandboxUrl,
    FLUXOPS_QUEUE_PREFIX: prefix,
    FLUXOPS_SECRET_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE: '5s',
    ...options.env,
  };
  let workerCount = 0;
  const startWorker = async () => {
    const name = `worker-${++workerCount}`;
    return spawnApp(
      name,
      'app/main.ts',
      { ...shared, FLUXOPS_ROLE: 'worker', PORT: String(await freePort()) },
      'health endpoints listening on',
    );
  };
  const startWeb = async (index: number): Promise<WebProcess> => {
    const port = await freePort();
    const web = await spawnApp(
      `web-${index + 1}`,
      'app/main.ts',
      { ...shared, FLUXOPS_ROLE: 'web', PORT: String(port) },
      'http ingress listening on',
    );
    return Object.assign(web, { url: `http://127.0.0.1:${port}` });
  };
  // A process that fails to start must not leave the others running.
  const settled = await Promise.allSettled([
    ...Array.from({ length: options.webs }, (_, i) => startWeb(i)),
    ...Array.from({ length: options.workers }, () => startWorker()),
  ]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    throw failed.reason;
  }
  const started = settled.map((s) => (s as PromiseFulfilledResult<Spawned>).value);
  const webs = started.slice(0, options.webs) as WebProcess[];
  const workers = started.slice(options.webs);
  // A replacement still starting when the fleet stops (a run that failed mid-load) is stopped as it comes up.
  let stopped = false;
  return {
    prefix,
    webs,
    workers,
    async addWorker() {
      const worker = await startWorker();
      workers.push(worker);
      if (stopped) await worker.stop();
      return worker;
    },
    async stop() {
      stopped = true;
      await Promise.all([...webs, ...workers].map((p) => p.stop()));
    },
  };
}
