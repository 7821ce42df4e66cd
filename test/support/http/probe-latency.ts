/**
 * Asks a URL again and again (one request at a time, `intervalMs` apart) until stopped, and keeps how
 * long each answer took: how a test shows the process stays responsive while it works on something else.
 * A request that fails or answers non-2xx counts as `Infinity`. One unmeasured request goes first.
 */
export interface LatencyProbe {
  /** Stops asking and returns every latency measured, in ms. */
  stop(): Promise<number[]>;
}

export async function probeLatency(url: string, intervalMs = 20): Promise<LatencyProbe> {
  // One unmeasured request first: the client's first connection and code paths are not the server's delay.
  await (await fetch(url)).arrayBuffer();
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) })
        .then(async (response) => {
          await response.arrayBuffer();
          return response.ok;
        })
        .catch(() => false);
      latencies.push(ok ? performance.now() - started : Number.POSITIVE_INFINITY);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}
