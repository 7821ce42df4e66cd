import { createHmac } from 'node:crypto';

/**
 * Builds requests exactly as Slack sends them to /slack/events: form-encoded bodies (commands as
 * fields, interactivity as a `payload` JSON field) signed with v0 HMAC-SHA256 over
 * `v0:{timestamp}:{raw body}`.
 */
export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEST_BOT_TOKEN = 'xoxb-test-token';

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequestOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  retryNum?: number;
  /** Replaces the computed signature (to send a wrong one). */
  signature?: string;
  /** `application/json` for Events API bodies; form-encoded otherwise. */
  contentType?: string;
}

export async function postSigned(url: string, body: string, options: SignedRequestOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(options.secret ?? TEST_SIGNING_SECRET, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface CommandFields {
  text: string;
  user?: string;
  userName?: string;
  channel?: string;
  team?: string;
  triggerId?: string;
  responseUrl: string;
}

export function commandBody(fields: CommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team ?? 'T0TEST',
    team_domain: 'test',
    channel_id: fields.channel ?? 'C0OPS',
    channel_name: 'ops',
    user_id: fields.user ?? 'U0ALICE',
    user_name: fields.userName ?? 'alice',
    command: '/flux',
    text: fields.text,
    api_app_id: 'A0FLUXOPS',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `${Date.now()}.${Math.floor(Math.random() * 1e9)}.trigger`,
  }).toString();
}

export interface ButtonFields {
  actionId: string;
  value: string;
  user?: string;
  userName?: string;
  channel?: string;
  team?: string;
  messageTs?: string;
  responseUrl: string;
}

export function buttonPayload(fields: ButtonFields): Record<string, unknown> {
  const team = fields.team ?? 'T0TEST';
  const channel = fields.channel ?? 'C0OPS';
  const messageTs = fields.messageTs ?? '1700000000.000100';
  return {
    type: 'block_actions',
    team: { id: team, domain: 'test' },
    user: {
      id: fields.user ?? 'U0ALICE',
      username: fields.userName ?? 'alice',
      name: fields.userName ?? 'alice',
      team_id: team,
    },
    api_app_id: 'A0FLUXOPS',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: `${Date.now()}.${Math.floor(Math.random() * 1e9)}.trigger`,
    channel: { id: channel, name: 'ops' },
    message: { type: 'message', ts: messageTs, text: 'prompt' },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'fluxops_actions',
        value: fields.value,
        text: { type: 'plain_text', text: 'Click' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function buttonBody(fields: ButtonFields): string {
  return new URLSearchParams({ payload: JSON.stringify(buttonPayload(fields)) }).toString();
}

export interface MentionFields {
  /** The message text as Slack sends it, the bot's mention included: `<@U0BOT> flux list`. */
  text: string;
  user?: string;
  channel?: string;
  team?: string;
  eventId?: string;
  ts?: string;
  /** Set when the mention is a reply in a thread: the parent message's ts. */
  threadTs?: string;
}

/** The bot user the recorder's auth.test names, as the Events API names it in `authorizations`. */
export const TEST_BOT_USER = 'U0BOT';

/** An Events API `event_callback` carrying an `app_mention`, as JSON (post with contentType JSON). */
export function mentionBody(fields: MentionFields): string {
  const team = fields.team ?? 'T0TEST';
  const ts =
    fields.ts ?? `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0FLUXOPS',
    type: 'event_callback',
    event_id: fields.eventId ?? `Ev${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: TEST_BOT_USER, is_bot: true }],
    event: {
      type: 'app_mention',
      user: fields.user ?? 'U0ALICE',
      text: fields.text,
      ts,
      channel: fields.channel ?? 'C0OPS',
      event_ts: ts,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    },
  });
}
