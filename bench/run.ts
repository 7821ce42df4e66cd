import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench -- <name>` runs one benchmark (`bench/<name>.ts`); without a name it lists them.
 * Benchmarks print numbers and are run on demand, never by `npm test`: timings move with the machine's load,
 * so compare ratios measured within one run and record results in docs/BENCHMARKS.md.
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .sort();

const name = process.argv[2];
if (!name || !available.includes(name)) {
  if (name) console.error(`Unknown benchmark "${name}".`);
  console.log(`Benchmarks: ${available.join(', ')}\nRun one with: npm run bench -- ${available[0] ?? '<name>'}`);
  process.exit(name ? 1 : 0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.ts`, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
