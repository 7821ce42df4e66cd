// Start-to-listening of the production entry (compiled JavaScript, `node dist/app/main.js`) against
// the development one (`tsx app/main.ts`, what `npm start` runs), and the idle RSS of a worker-only
// process of each, alternating the two so machine drift affects both alike.
//   npm run build && npm run bench -- production-start [runs=5]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/platform/free-port.ts';
import { percentile } from './support/percentiles.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 5);
const ENTRIES = {
  js: ['dist/app/main.js'],
  tsx: ['--import', 'tsx', 'app/main.ts'],
} as const;

if (!existsSync(`${ROOT}dist/app/main.js`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Spawns one process and resolves when it logs that it listens; returns ms and the child. */
async function startOnce(args: readonly string[], env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let seen = '';
  const ms = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 60 s: ${seen.slice(-500)}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('listening on')) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    });
  });
  return { ms, child };
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const results: Record<keyof typeof ENTRIES, { startMs: number[]; idleRssMiB: number[] }> = {
  js: { startMs: [], idleRssMiB: [] },
  tsx: { startMs: [], idleRssMiB: [] },
};
for (let run = 0; run < RUNS; run++) {
  for (const name of Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]) {
    const web = await startOnce(ENTRIES[name], {
      PORT: String(await freePort()),
      FLUXOPS_QUEUE_PREFIX: `{bench-${run}}`,
    });
    results[name].startMs.push(web.ms);
    web.child.kill('SIGKILL');
    // A worker-only process, 10 s after it listens on HEALTH_PORT: its idle footprint.
    const worker = await startOnce(ENTRIES[name], {
      FLUXOPS_ROLE: 'worker',
      FLUXOPS_SECRET_KEY: 'q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
      HEALTH_PORT: String(await freePort()),
      FLUXOPS_QUEUE_PREFIX: `{bench-w-${run}}`,
    });
    await new Promise((r) => setTimeout(r, 10_000));
    results[name].idleRssMiB.push(rssMiB(worker.child.pid as number));
    worker.child.kill('SIGKILL');
  }
}
for (const [name, r] of Object.entries(results)) {
  const start = [...r.startMs].sort((a, b) => a - b);
  const rss = [...r.idleRssMiB].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(4)} start-to-listening ms: min ${start[0]?.toFixed(0)} median ${percentile(start, 50).toFixed(0)} max ${start.at(-1)?.toFixed(0)}` +
      ` | idle worker RSS MiB: min ${rss[0]?.toFixed(0)} median ${percentile(rss, 50).toFixed(0)} max ${rss.at(-1)?.toFixed(0)}`,
  );
}
const ratio =
  percentile(
    [...results.js.startMs].sort((a, b) => a - b),
    50,
  ) /
  percentile(
    [...results.tsx.startMs].sort((a, b) => a - b),
    50,
  );
console.log(`median start ratio js/tsx: ${ratio.toFixed(2)}`);
