import { Queue } from 'bullmq';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { startTestApp, testConfig } from '../test-app.ts';
import { until } from '../until.ts';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from './signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from './slack-recorder.ts';

/** The whole app in-process (sandbox Azure, real Redis) with Slack pointed at a fresh recorder. */
export interface SlackTestApp {
  app: Fluxops;
  recorder: SlackRecorder;
  eventsUrl: string;
  /** Jobs of the command queue in any state. */
  commandJobCount(): Promise<number>;
  /** Polls until the command queue holds `count` jobs (submit() may run just after the ack). */
  waitForJobCount(count: number, timeoutMs?: number): Promise<void>;
  /** Gives work that runs after an ack time to land, so "nothing was enqueued" means something. */
  settle(ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackTestApp(env: Record<string, string> = {}): Promise<SlackTestApp> {
  const recorder = await startSlackRecorder();
  const app = await startTestApp(
    testConfig({
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_API_URL: recorder.apiUrl,
      ...env,
    }),
  );
  const queue = new Queue('commands', { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
  const commandJobCount = async () => {
    const counts = await queue.getJobCounts();
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  };
  return {
    app,
    recorder,
    eventsUrl: `${app.url}/slack/events`,
    commandJobCount,
    async waitForJobCount(count, timeoutMs = 5_000) {
      let seen: number | undefined;
      await until(
        () => `${count} command jobs (found ${seen})`,
        async () => {
          seen = await commandJobCount();
          return seen === count;
        },
        { timeoutMs },
      );
    },
    settle: (ms = 300) => new Promise((r) => setTimeout(r, ms)),
    async close() {
      await queue.close();
      await app.close();
      await recorder.close();
    },
  };
}
