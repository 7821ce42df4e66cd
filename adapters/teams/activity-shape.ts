import { z } from 'zod';

// The shape an activity must have before the route reads it further and botbuilder runs a turn for it.
// botbuilder dereferences `conversation.id`, `from.id` and `serviceUrl` without checking them, so a
// body without them threw inside the turn (sandbox mode, authentication off) and the request ended in
// a 500. The check runs before the serviceUrl and token checks: a body that is no usable activity is a
// 400 whoever sends it.
//
// Rules:
// 1. `type` and `serviceUrl` are non-empty strings (which hosts may be replied to is the allow-list's
//    business, `service-url-allow-list.ts`); `conversation` and `from` objects with a non-empty string
//    `id`; `recipient`, when present, the same.
// 2. The text fields botbuilder and fluxops read (`id`, `channelId`, `text`, `locale`, `replyToId`,
//    `name`), when present, are strings; `entities` a list of objects; `channelData` an object. Other
//    fields pass untouched.
// 3. An `invoke` is an `adaptiveCard/action` (the only one fluxops answers) whose `value.action` is
//    an object.
// 4. The problem names the field and what is accepted; it never quotes the body.

const Party = z.looseObject({ id: z.string().min(1) });
const ActivityShape = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: Party,
  from: Party,
  recipient: Party.optional(),
  id: z.string().optional(),
  channelId: z.string().optional(),
  text: z.string().optional(),
  locale: z.string().optional(),
  replyToId: z.string().optional(),
  name: z.string().optional(),
  entities: z.array(z.looseObject({})).optional(),
  channelData: z.looseObject({}).optional(),
});
const CardInvoke = z.looseObject({
  name: z.literal('adaptiveCard/action'),
  value: z.looseObject({ action: z.looseObject({}) }),
});

/** What is wrong with an activity's shape, in words for a 400 answer, or undefined when a turn can run. */
export function activityShapeProblem(body: object): string | undefined {
  const checked = ActivityShape.safeParse(body);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return `activity field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
  }
  if (checked.data.type === 'invoke' && !CardInvoke.safeParse(body).success) {
    return 'invoke activities must be adaptiveCard/action with a value.action object';
  }
  return undefined;
}
