import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblems, MAX_LISTED_PROBLEMS } from '../../src/commands/format-problems.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { CONTEXT } from '../support/commands/parse.ts';
import { hostileText } from '../support/fuzz/hostile-text.ts';
import { Latencies } from '../support/fuzz/latencies.ts';
import { heapAfterGc } from '../support/heap.ts';

/**
 * 4,000 generated chat texts through the parser and the reply a rejection gets, as prepare() does:
 * nothing throws, every reply is bounded and free of control characters, handling p99 stays under
 * 50 ms of CPU time and 250 ms of wall time (a freeze guard; bench/parse.ts measures speed) and the
 * heap does not grow with the run.
 */
const RUNS = 4_000;
/** Ten listed problems with clipped values, the "…and N more" line and the help pointer fit well in this. */
const MAX_REPLY_CHARS = 16_000;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('fuzz: parser', () => {
  it(`answers ${RUNS} hostile texts with bounded, clean replies, p99 ≤ 50 ms of CPU, heap stable`, () => {
    const latencies = new Latencies();
    const heapBefore = heapAfterGc();
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, withContext) => {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        const result = parseCommand(text, withContext ? { context: CONTEXT } : {});
        const reply = result.ok ? result.command.display : formatProblems(result.problems, result.helpTopic);
        latencies.wall.push(performance.now() - started);
        const cpu = process.cpuUsage(cpuBefore);
        latencies.cpu.push((cpu.user + cpu.system) / 1000);
        expect(reply.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
        expect(reply).not.toMatch(CONTROL);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(reply.match(/^• /gm)?.length ?? 0).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
        }
      }),
      { numRuns: RUNS },
    );
    expect(latencies.cpu).toHaveLength(RUNS);
    expect(latencies.p99('cpu')).toBeLessThanOrEqual(50);
    expect(latencies.p99('wall')).toBeLessThanOrEqual(250);
    expect(heapAfterGc() - heapBefore).toBeLessThan(16 * 1024 * 1024);
  });
});
