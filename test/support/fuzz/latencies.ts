/**
 * Durations of handled inputs, for a fuzz run's freeze guard: `time` runs one handling and keeps how
 * long it took; `p99` is the nearest-rank 99th percentile in ms.
 */
export class Latencies {
  readonly samples: number[] = [];

  async time<T>(handle: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await handle();
    } finally {
      this.samples.push(performance.now() - started);
    }
  }

  p99(): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
  }
}
