// How long to wait between two polls. Azure asks callers to back off, and chat users want the first
// news quickly, so delays start short and double up to a ceiling. Tests pass their own short list.

/** Compliance: 5 s doubling to 30 s (status reaches Azure at most once a minute, ext ≥ 1.8.1). */
export const COMPLIANCE_INTERVALS_MS: readonly number[] = [5_000, 10_000, 20_000, 30_000];

/** Operation status: ARM operations on flux resources take seconds to minutes. */
export const OPERATION_INTERVALS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 15_000];

/** The delay before poll number `step` (0-based); the last interval repeats. */
export function pollDelay(step: number, intervals: readonly number[]): number {
  if (intervals.length === 0) return 1_000;
  return intervals[Math.min(step, intervals.length - 1)] ?? 1_000;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
