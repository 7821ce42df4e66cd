import { Queue } from 'bullmq';
import type { Fluxops } from '../../../../src/main.ts';
import { startTestApp, testConfig } from '../../../support/test-app.ts';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from './signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from './slack-recorder.ts';

/** The whole app in-process (sandbox Azure, real Redis) with Slack pointed at a fresh recorder. */
export interface SlackTestApp {
  app: Fluxops;
  recorder: SlackRecorder;
  eventsUrl: string;
  /** Jobs of the command queue in any state. */
  commandJobCount(): Promise<number>;
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
  return {
    app,
    recorder,
    eventsUrl: `${app.url}/slack/events`,
    async commandJobCount() {
      const counts = await queue.getJobCounts();
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    },
    async close() {
      await queue.close();
      await app.close();
      await recorder.close();
    },
  };
}
