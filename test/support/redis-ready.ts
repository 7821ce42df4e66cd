import { until } from './until.ts';

/**
 * The producer connection fails fast while it is still connecting (enableOfflineQueue: false), so a
 * message sent the instant the app started would be answered "queue unavailable". Wait for it.
 */
export async function waitForRedisReady(url: string, timeoutMs = 15_000): Promise<void> {
  let redis: string | undefined;
  await until(
    () => `/healthz to report redis ready (last: ${redis})`,
    async () => {
      ({ redis } = (await (await fetch(`${url}/healthz`)).json()) as { redis?: string });
      return redis === 'ready';
    },
    { timeoutMs },
  );
}
