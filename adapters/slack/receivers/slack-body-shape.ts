// The shape a Slack request body must have before Bolt dispatches it. Bolt reads fields of the body
// it routes on without checking them (`actions[0].action_id`, `event.type`), so a signed body without
// them made it throw and the request end in a 500.
//
// Rules (on the body as Bolt parsed it: a form's fields, or an interactivity `payload`'s JSON):
// 1. The body is an object.
// 2. `block_actions` carry a non-empty `actions` list of objects, each with a string `action_id`.
// 3. An `event_callback` carries an `event` object with a string `type`.
// 4. A slash command carries `command` and `text` as strings.
// 5. Anything else is left to Bolt (no listener: 404).
// 6. The problem names the field in words for the log; it never quotes the body.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a parsed body's shape, or undefined when Bolt can route it. */
export function slackBodyProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'body is not an object';
  if (body.type === 'block_actions') {
    const actions = body.actions;
    if (!Array.isArray(actions) || actions.length === 0) return 'block_actions without actions';
    if (!actions.every((action) => isObject(action) && typeof action.action_id === 'string')) {
      return 'block_actions with an action that has no action_id';
    }
  }
  if (body.type === 'event_callback' && !(isObject(body.event) && typeof body.event.type === 'string')) {
    return 'event_callback without an event type';
  }
  if ('command' in body && (typeof body.command !== 'string' || typeof body.text !== 'string')) {
    return 'slash command without command or text';
  }
  return undefined;
}
