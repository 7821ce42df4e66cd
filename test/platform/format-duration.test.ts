import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationSeconds } from '../../src/platform/format-duration.ts';
import { parseDurationMs } from '../../src/platform/parse-duration.ts';

describe('formatDurationSeconds', () => {
  it('shows durations as typed', () => {
    expect([600, 90, 3600, 5400, 45, 0, 3725].map(formatDurationSeconds)).toEqual([
      '10m',
      '1m30s',
      '1h',
      '1h30m',
      '45s',
      '0s',
      '1h2m5s',
    ]);
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 24 * 3600 }), (seconds) => {
        expect(parseDurationMs(formatDurationSeconds(seconds))).toBe(seconds * 1000);
      }),
    );
  });
});
