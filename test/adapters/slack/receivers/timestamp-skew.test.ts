/**
 * The two-way replay window for Slack's request timestamp (Bolt refuses only the past).
 */
import { describe, expect, it } from 'vitest';
import { MAX_SKEW_SECONDS, timestampSkewProblem } from '../../../../adapters/slack/receivers/timestamp-skew.ts';

const NOW_MS = 1_790_000_000_000;
const NOW = NOW_MS / 1000;

describe('timestampSkewProblem', () => {
  it.each([0, 1, -1, MAX_SKEW_SECONDS, -MAX_SKEW_SECONDS])('accepts a timestamp %i s off', (offset) => {
    expect(timestampSkewProblem(String(NOW + offset), NOW_MS)).toBeUndefined();
  });

  it('refuses a timestamp 6 minutes in the future, saying so', () => {
    expect(timestampSkewProblem(String(NOW + 360), NOW_MS)).toBe(
      'x-slack-request-timestamp is 360 s in the future; at most 300 s either way is accepted',
    );
  });

  it('refuses a timestamp 6 minutes in the past, saying so', () => {
    expect(timestampSkewProblem(String(NOW - 360), NOW_MS)).toContain('360 s in the past');
  });

  it.each([undefined, '', 'abc', '1.5', '-5', '9'.repeat(40)])('refuses the header %j', (header) => {
    expect(timestampSkewProblem(header, NOW_MS)).toContain('missing or not whole seconds');
  });

  it('reads the first of repeated headers', () => {
    expect(timestampSkewProblem([String(NOW), String(NOW + 999)], NOW_MS)).toBeUndefined();
  });
});
