import { App, LogLevel } from '@slack/bolt';

/**
 * The baseline of bench/slack-ack.ts: a bare Bolt app in its default HTTP mode (Bolt's own
 * HTTPReceiver and server) whose /flux listener only acks. Run as its own process, like fluxops.
 * Env: PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL.
 */
const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: process.env.SLACK_BOT_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.WARN,
});

app.command('/flux', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok' });
});

await app.start(Number(process.env.PORT));
process.stdout.write('listening\n');
process.once('SIGTERM', () => {
  void app.stop().finally(() => process.exit(0));
});
