/** What `find` returns while the awaited thing has not happened yet. */
type NotYet = undefined | null | false;

export interface UntilOptions {
  /** How long to keep asking before failing; 5 s unless told. */
  timeoutMs?: number;
  /** Pause between two calls of `find`; 20 ms unless told. */
  intervalMs?: number;
}

/**
 * The one way tests wait for something: calls `find` (sync or async) until it returns a value other than
 * undefined, null or false, and resolves with that value. A call that throws counts as "not yet". After
 * `timeoutMs` it fails with "timed out after N ms waiting for <what>" plus the last error `find` threw;
 * `what` may be a function, read only then, to describe the state at that moment.
 */
export async function until<T>(
  what: string | (() => string),
  find: () => T | NotYet | Promise<T | NotYet>,
  { timeoutMs = 5_000, intervalMs = 20 }: UntilOptions = {},
): Promise<Exclude<T, NotYet>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const found = await find();
      if (found !== undefined && found !== null && found !== false) return found as Exclude<T, NotYet>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const description = typeof what === 'function' ? what() : what;
      const cause = lastError === undefined ? '' : ` (last error: ${String(lastError)})`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
