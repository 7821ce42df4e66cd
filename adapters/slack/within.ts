/**
 * Resolves with the promise's value, or with `fallback` once `ms` have passed — whichever is first.
 * The promise keeps running; callers use this to keep Slack's 3-second ack whatever Redis or the
 * Web API do.
 */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
