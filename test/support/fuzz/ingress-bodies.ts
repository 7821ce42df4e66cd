import fc from 'fast-check';
import { ACTION_IDS } from '../../../adapters/slack/render/action-ids.ts';
import { commandBody } from '../slack/signed-request.ts';
import { hostileText } from './hostile-text.ts';

/**
 * Request bodies for the fuzz run of the HTTP ingresses: mostly well-formed envelopes carrying hostile
 * text, plus envelopes with fields missing or of the wrong type, plus arbitrary JSON and bytes.
 */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const hostileOrJunk = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: anyJson });

/** A notification-controller event, its fields hostile or missing or of the wrong type. */
export const fluxEventBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          involvedObject: fc.record(
            {
              kind: fc.oneof(fc.constantFrom('HelmRelease', 'Kustomization', 'GitRepository'), hostileOrJunk),
              namespace: fc.oneof(fc.constantFrom('rd', 'flux-system'), hostileOrJunk),
              name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), hostileOrJunk),
            },
            { requiredKeys: [] },
          ),
          severity: fc.oneof(fc.constantFrom('error', 'info'), hostileOrJunk),
          timestamp: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            hostileOrJunk,
          ),
          message: hostileOrJunk,
          reason: fc.oneof(fc.constantFrom('UpgradeFailed', 'BuildFailed', 'ReconciliationSucceeded'), hostileOrJunk),
          metadata: fc.dictionary(fc.string({ maxLength: 20 }), hostileOrJunk, { maxKeys: 4 }),
          reportingController: fc.oneof(fc.constantFrom('helm-controller', 'kustomize-controller'), hostileOrJunk),
        },
        { requiredKeys: [] },
      )
      .map((event) => JSON.stringify(event)),
  },
  { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
);

/** A Teams activity: a message carrying hostile text, or an envelope broken in some field. */
export function teamsActivity(serviceUrl: string): fc.Arbitrary<Record<string, unknown>> {
  const message = hostileText.map((text) => ({
    type: 'message',
    id: `f:${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:alice', name: 'Alice', aadObjectId: '00000000-0000-0000-0000-0000000a11ce' },
    recipient: { id: '28:fluxops-bot', name: 'fluxops' },
    conversation: { id: 'a:personal-fuzz', conversationType: 'personal', tenantId: 't' },
    text,
    textFormat: 'plain',
    locale: 'en-US',
  }));
  const broken = fc
    .tuple(message, fc.constantFrom('type', 'serviceUrl', 'conversation', 'from', 'text', 'entities', 'value'), anyJson)
    .map(([activity, field, value]) => ({
      ...activity,
      [field]: value,
      ...(field === 'value' ? { type: 'invoke', name: 'adaptiveCard/action' } : {}),
    }));
  return fc.oneof(
    { weight: 3, arbitrary: message },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 6 }) },
  );
}

/** A console message body: `{user, channel, text}` with hostile text, or with fields broken. */
export const consoleBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText.map((text) => ({ user: 'alice', channel: 'fuzz', text })) },
  {
    weight: 1,
    arbitrary: fc.record({ user: hostileOrJunk, channel: hostileOrJunk, text: hostileOrJunk }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: anyJson },
);

/** The form fields Bolt routes a request on, plus the ones fluxops' listeners read. */
const SLACK_FORM_KEYS = [
  'command',
  'text',
  'name',
  'actions',
  'event',
  'type',
  'team_id',
  'channel_id',
  'user_id',
  'trigger_id',
  'response_url',
  'ssl_check',
];
const SLACK_PAYLOAD_TYPES = [
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'dialog_submission',
  'event_callback',
];

/**
 * A signed Slack request body: a /flux command carrying hostile text, a form of routing fields with
 * hostile values, or an interactivity payload (our own buttons among them) with fields missing.
 */
export function slackBody(responseUrl: string): fc.Arbitrary<string> {
  const command = hostileText.map((text) => commandBody({ text, responseUrl }));
  const form = fc
    .dictionary(fc.constantFrom(...SLACK_FORM_KEYS), hostileText, { maxKeys: 6 })
    .map((fields) => new URLSearchParams(fields).toString());
  const action = fc.record(
    {
      action_id: fc.oneof(
        fc.constantFrom(ACTION_IDS.confirm, ACTION_IDS.cancel, `${ACTION_IDS.runPrefix}0`),
        hostileText,
      ),
      value: hostileOrJunk,
      type: fc.constant('button'),
    },
    { requiredKeys: [] },
  );
  const payload = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...SLACK_PAYLOAD_TYPES), hostileOrJunk),
      actions: fc.oneof(fc.array(action, { maxLength: 2 }), anyJson),
      event: fc.oneof(fc.record({ type: fc.constantFrom('app_uninstalled', 'tokens_revoked') }), anyJson),
      user: fc.oneof(fc.constant({ id: 'U0ALICE', name: 'alice', team_id: 'T0TEST' }), anyJson),
      team: fc.oneof(fc.constant({ id: 'T0TEST', domain: 'test' }), anyJson),
      channel: fc.oneof(fc.constant({ id: 'C0OPS', name: 'ops' }), anyJson),
      container: fc.oneof(
        fc.constant({ type: 'message', message_ts: '1700000000.000100', channel_id: 'C0OPS' }),
        anyJson,
      ),
      response_url: fc.constant(responseUrl),
      trigger_id: fc.constant('1.2.trigger'),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 3, arbitrary: command },
    { weight: 1, arbitrary: form },
    { weight: 2, arbitrary: fc.oneof(payload, anyJson).map((p) => `payload=${encodeURIComponent(JSON.stringify(p))}`) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
}
