// Forwarding module for bench/alerts.ts and bench/slack-ack.ts, which import this path; the stand-in lives in
// test/support/slack/. Delete this file once bench imports test/support/slack/slack-recorder.ts.
export { startSlackRecorder } from '../../../support/slack/slack-recorder.ts';
