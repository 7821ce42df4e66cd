/**
 * Durations of handled inputs, for a fuzz run's freeze guard: `time` runs one handling and keeps how
 * long it took in wall time and in the process's CPU time (`process.cpuUsage`: the work the input
 * cost, whatever else the machine's cores were busy with); `p99` is the nearest-rank 99th percentile
 * of either, in ms.
 */
export class Latencies {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];

  async time<T>(handle: () => Promise<T> | T): Promise<T> {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    try {
      return await handle();
    } finally {
      this.wall.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      this.cpu.push((cpu.user + cpu.system) / 1000);
    }
  }

  p99(which: 'wall' | 'cpu'): number {
    const sorted = [...this[which]].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
  }
}
