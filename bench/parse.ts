// Parsing cost of hostile chat input at the input limit: each case is a message of (up to) 20,000
// characters built to make one part of parsing work hardest, parsed and formatted the way prepare()
// answers it (parseCommand, then formatProblems for a rejection). Each case runs WARMUP times untimed,
// then RUNS times timed. The goal is at most 20 ms of CPU time for every message of every case: CPU
// time is the work the message costs; wall time (printed too) adds whatever else the machine's cores
// were busy with, which on a loaded machine is most of the tail.
//
//   npx tsx bench/parse.ts [runs=200]
import { cpus, loadavg } from 'node:os';
import { formatProblems } from '../src/commands/format-problems.ts';
import { INPUT_LIMITS } from '../src/commands/input-limits.ts';
import { parseCommand } from '../src/commands/parse.ts';
import { percentile } from './support/percentiles.ts';

const RUNS = Number(process.argv[2] ?? 200);
const WARMUP = 20;
const GOAL_MS = 20;
const LIMIT = INPUT_LIMITS.chars;
const CONTEXT = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
} as const;

/** `unit` repeated up to `LIMIT` characters after `head`. */
const fill = (head: string, unit: string): string =>
  (head + unit.repeat(Math.ceil((LIMIT - head.length) / unit.length))).slice(0, LIMIT);

/** `flux list ` and `open` repeated, closed once by `close` at the very end. */
const closedAtEnd = (open: string, close: string): string =>
  `${fill('flux list ', open).slice(0, LIMIT - close.length)}${close}`;

const flagSpread = (count: number, flag: (i: number) => string): string => {
  const flags = Array.from({ length: count }, (_, i) => flag(i)).join(' ');
  return `flux create ${flags}`;
};

const CASES: Record<string, string> = {
  'unknown flags at the flag limit, typo-shaped (spelling search each)': flagSpread(
    INPUT_LIMITS.flags,
    (i) => `--brnach${i % 10} ${'v'.repeat(180)}`,
  ),
  'unknown flags over the flag limit (2,626 short ones)': fill('flux create', ' --q1234'),
  'words at the word limit, 66 characters each': flagSpread(1, () => `--url ${'w'.repeat(65)} `.repeat(150)),
  'one 20,000-character quoted value': `flux create --url "${'u'.repeat(LIMIT - 25)}"`,
  'unterminated quote at the start': fill('flux create --url "', 'x '),
  'placeholders without a closing > (tokenizer look-ahead)': fill('flux list', ' <'),
  'backslash escapes and continuations': fill('flux list', ' \\a\\\n'),
  'Teams links never closed': fill('flux list ', '<a href="x">'),
  'Teams mentions never closed': fill('flux list ', '<at>'),
  'Teams mentions closed once at the end': closedAtEnd('<at>', '</at>'),
  'Teams links closed once at the end': closedAtEnd('<a href="x">', '</a>'),
  'Slack links and mentions': fill('flux list ', '<https://x.example|x> <@U0ABC> '),
  'HTML entities and control characters': fill('flux list ', '&#1;&amp;&lt;\u0001\u009b'),
  'smart dashes and quotes': fill('flux list ', ' —–“”‘’'),
  'unknown command word of 20,000 letters': fill('', 'fluxlist'),
  'alerts subscribe --exclude at the limit (RE2 compile check)': `alerts subscribe --exclude "${'(a+)+'.repeat(51)}"`,
  'flux create with 60 kustomizations': flagSpread(
    60,
    (i) => `--kustomization name=k${i} path=./apps/k${i} prune=true depends_on=k${Math.max(0, i - 1)}`,
  ),
};

/** Wall time and the process's CPU time of one answer, in ms. */
function answer(text: string): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = parseCommand(text, { context: CONTEXT });
  if (!result.ok) formatProblems(result.problems, result.helpTopic);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
  `parse bench: ${RUNS} runs per case after ${WARMUP} warm-up; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(2)}`,
);
console.log('| case | chars | wall p50 | wall p99 | wall max | CPU p99 | CPU max |');
console.log('|---|---|---|---|---|---|---|');
let worstCpu = 0;
for (const [name, text] of Object.entries(CASES)) {
  for (let i = 0; i < WARMUP; i++) answer(text);
  const samples = Array.from({ length: RUNS }, () => answer(text));
  const wall = samples.map((sample) => sample.wall);
  const cpu = samples.map((sample) => sample.cpu);
  worstCpu = Math.max(worstCpu, ...cpu);
  const cells = [percentile(wall, 50), percentile(wall, 99), Math.max(...wall), percentile(cpu, 99), Math.max(...cpu)];
  console.log(`| ${name} | ${text.length} | ${cells.map(ms).join(' | ')} |`);
}
const verdict = worstCpu <= GOAL_MS ? 'met' : 'MISSED';
console.log(
  `worst CPU time of one message ${ms(worstCpu)} (goal ≤ ${GOAL_MS} ms): ${verdict}; load ${loadavg()[0]?.toFixed(2)}`,
);
