import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/replies/locale/format-date-time.ts';
import { formatDuration } from '../../../src/replies/locale/format-duration.ts';
import { formatNumber } from '../../../src/replies/locale/format-number.ts';
import { formatRelative } from '../../../src/replies/locale/format-relative.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('Intl helpers', () => {
  it('formats relative times in the reader’s language', () => {
    const threeMinutesAgo = new Date(now.getTime() - 3 * 60_000);
    expect(formatRelative('ja', threeMinutesAgo, now)).toBe('3 分前');
    expect(formatRelative('fr', threeMinutesAgo, now)).toBe('il y a 3 minutes');
    expect(formatRelative('en', threeMinutesAgo, now)).toBe('3 minutes ago');
    expect(formatRelative('en', new Date(now.getTime() - 59 * 60_000), now)).toBe('59 minutes ago');
    expect(formatRelative('fr', new Date(now.getTime() - 86_400_000), now)).toBe('hier');
  });

  it('formats durations from milliseconds or parts', () => {
    expect(formatDuration('ja', 185_000)).toBe('3 分 5 秒');
    expect(formatDuration('en', 185_000)).toBe('3 min, 5 sec');
    expect(formatDuration('fr', { minutes: 10 }, 'long')).toBe('10 minutes');
    expect(formatDuration('en', 0)).toBe('0 sec');
    expect(formatDuration('en', 250)).toBe('250 ms');
    expect(formatDuration('en-XA', 3_600_000)).toBe('1 hr');
  });

  it('formats numbers and dates with the reader’s conventions', () => {
    expect(formatNumber('fr', 1234.5)).toBe('1\u202f234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatDateTime('ja', now)).toBe('2026/03/01 12:00:00 UTC');
    expect(formatDateTime('fr', now)).toBe('1 mars 2026, 12:00:00 UTC');
  });
});
