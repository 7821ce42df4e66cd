// Which Slack requests reach Bolt. Bolt and fluxops' listeners read fields of the body without
// checking them (`actions[0].action_id`, `event.type`, `user.id`, `container.channel_id`), so a signed
// body without them made a listener throw and the request end in a 500; and a kind fluxops has no
// listener for waited 3 s for Bolt's no-ack timer before its 404.
//
// Rules (on the body as Bolt parsed it: a form's fields, or an interactivity `payload`'s JSON), in the
// order Bolt routes (`getTypeAndConversation`: event, command, options, actions, shortcuts, views):
// 1. The body is an object (400 otherwise).
// 2. `ssl_check=1` and `url_verification` pass (the receiver answers them itself, undispatched).
// 3. A body with `event` is an `event_callback` whose `event` is an object with a string `type`.
// 4. A slash command carries `command`, `text`, `team_id`, `channel_id` and `user_id` as strings.
// 5. `block_actions` carry a non-empty `actions` list of objects with a string `action_id` and, when
//    present, a string `value`; a `user` with a string `id`; a `container` object; a `response_url`.
// 6. A body that claims one of these kinds but breaks its rule is refused with 400; any other kind
//    (options, legacy actions, shortcuts, views, dialogs: fluxops registers no listener for them)
//    with 404, at once.
// 7. The reason names the field in words for the log; it never quotes the body.

export type SlackBodyVerdict = { dispatch: true } | { dispatch: false; status: 400 | 404; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COMMAND_FIELDS = ['command', 'text', 'team_id', 'channel_id', 'user_id'] as const;
const DISPATCH = { dispatch: true } as const;
const refuse = (status: 400 | 404, reason: string): SlackBodyVerdict => ({ dispatch: false, status, reason });

const isButtonAction = (action: unknown): boolean =>
  isObject(action) &&
  typeof action.action_id === 'string' &&
  (action.value === undefined || typeof action.value === 'string');

/** Rule 5. */
function blockActionsVerdict(body: Record<string, unknown>): SlackBodyVerdict {
  const { actions, user } = body;
  if (!Array.isArray(actions) || actions.length === 0) return refuse(400, 'block_actions without actions');
  if (!actions.every(isButtonAction)) return refuse(400, 'block_actions with an action without action_id or value');
  if (!isObject(user) || typeof user.id !== 'string') return refuse(400, 'block_actions without a user id');
  if (!isObject(body.container) || typeof body.response_url !== 'string') {
    return refuse(400, 'block_actions without a container or response_url');
  }
  return DISPATCH;
}

export function slackBodyVerdict(body: unknown): SlackBodyVerdict {
  if (!isObject(body)) return refuse(400, 'body is not an object');
  if (body.ssl_check === '1' || body.type === 'url_verification') return DISPATCH;
  if (body.event !== undefined) {
    return body.type === 'event_callback' && isObject(body.event) && typeof body.event.type === 'string'
      ? DISPATCH
      : refuse(400, 'event without an event_callback type or an event type');
  }
  if (body.command !== undefined) {
    const missing = COMMAND_FIELDS.filter((field) => typeof body[field] !== 'string');
    return missing.length === 0 ? DISPATCH : refuse(400, `slash command without ${missing.join(', ')}`);
  }
  if (body.type === 'block_actions' && body.name === undefined) return blockActionsVerdict(body);
  return refuse(404, 'not a kind of request fluxops handles (slash command, block_actions, event_callback)');
}
