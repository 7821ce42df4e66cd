// Readiness: named checks, each answering `undefined` (ready) or one line saying what is wrong. The
// health routes (health-routes.ts) and their callers only see the combined report.

/** One dependency's check: resolves `undefined` when ready, else why not (never a secret). */
export type ReadinessCheck = () => Promise<string | undefined>;

export interface ReadinessReport {
  ready: boolean;
  /** Every check by name: "ok" or why not. */
  checks: Record<string, string>;
  /** The names of the checks that are not ok, in check order. */
  notReady: string[];
}

/**
 * Rules: 1. every check runs at once; 2. one that throws, or does not answer within `timeoutMs`,
 * is not ready (a probe must not hang on a stuck dependency); 3. ready only when all are ok.
 */
export async function checkReadiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs = 2_000,
): Promise<ReadinessReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => withTimeout(checks[name]!, timeoutMs)));
  const report: ReadinessReport = { ready: true, checks: {}, notReady: [] };
  names.forEach((name, i) => {
    const problem = results[i];
    report.checks[name] = problem ?? 'ok';
    if (problem !== undefined) {
      report.ready = false;
      report.notReady.push(name);
    }
  });
  return report;
}

/** Runs one check; a throw or a timeout becomes its problem text. */
async function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([
      check().catch((error: unknown) => `check failed: ${error instanceof Error ? error.message : String(error)}`),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
