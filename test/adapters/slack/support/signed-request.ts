// Forwarding module for bench/slack-ack.ts, which imports this path; the helper lives in test/support/slack/.
// Delete this file once bench imports test/support/slack/signed-request.ts.
export { commandBody, sign } from '../../../support/slack/signed-request.ts';
