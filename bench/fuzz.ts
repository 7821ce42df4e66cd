// The long fuzz run: the parser fuzz of `npm test` (test/fuzz/parser.fuzz.test.ts) over many more
// generated texts, reporting throughput, the tail of per-input CPU and wall time, the worst input's
// length, and heap growth. `npm test` runs 4,000 as a freeze guard; this is the measurement.
//   npm run bench -- fuzz [runs=100000]
import fc from 'fast-check';
import { formatProblems } from '../src/commands/format-problems.ts';
import { parseCommand } from '../src/commands/parse.ts';
import { hostileText } from '../test/support/fuzz/hostile-text.ts';
import { Latencies } from '../test/support/fuzz/latencies.ts';
import { heapAfterGc } from '../test/support/heap.ts';

const RUNS = Number(process.argv[2] ?? 100_000);
const latencies = new Latencies();
let worst = { ms: 0, length: 0 };
const heapBefore = heapAfterGc();
const started = performance.now();
for (const text of fc.sample(hostileText, RUNS)) {
  const cpuBefore = process.cpuUsage();
  const result = parseCommand(text);
  if (!result.ok) formatProblems(result.problems, result.helpTopic);
  const cpu = process.cpuUsage(cpuBefore);
  const ms = (cpu.user + cpu.system) / 1000;
  latencies.cpu.push(ms);
  if (ms > worst.ms) worst = { ms, length: text.length };
}
const seconds = (performance.now() - started) / 1000;
const sorted = [...latencies.cpu].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]?.toFixed(2);
console.log(`${RUNS} inputs in ${seconds.toFixed(1)} s (${Math.round(RUNS / seconds)}/s)`);
console.log(
  `CPU per input ms: p50 ${at(0.5)} p99 ${at(0.99)} p99.9 ${at(0.999)} max ${worst.ms.toFixed(2)} (a ${worst.length}-character input)`,
);
console.log(`heap growth after GC: ${((heapAfterGc() - heapBefore) / 1024 / 1024).toFixed(1)} MiB`);
