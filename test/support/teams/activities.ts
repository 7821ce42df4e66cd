import { randomUUID } from 'node:crypto';

/** Activities as Teams sends them to /api/messages (shapes from botframework-schema and msteams-docs). */

const BOT = { id: '28:fluxops-bot', name: 'fluxops' };
export const ALICE = { id: '29:alice', name: 'Alice', aadObjectId: '00000000-0000-0000-0000-0000000a11ce' };
export const BOB = { id: '29:bob', name: 'Bob', aadObjectId: '00000000-0000-0000-0000-000000000b0b' };
const TENANT = '72f988bf-0000-0000-0000-000000000000';

export type Activity = Record<string, unknown> & { id: string };

export function personalConversation(id = `a:personal-${randomUUID()}`) {
  return { id, conversationType: 'personal', tenantId: TENANT };
}

export function channelConversation(id = `19:${randomUUID()}@thread.tacv2;messageid=1700000000000`) {
  return { id, conversationType: 'channel', isGroup: true, tenantId: TENANT };
}

function base(serviceUrl: string, conversation: Record<string, unknown>, from = ALICE) {
  return {
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: BOT,
    conversation,
    channelData: { tenant: { id: TENANT } },
  };
}

export function message(
  serviceUrl: string,
  conversation: Record<string, unknown>,
  text: string,
  options: { from?: typeof ALICE; locale?: string; mention?: boolean; value?: unknown; replyToId?: string } = {},
): Activity {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, conversation, options.from),
    type: 'message',
    text: options.mention ? `${mention} ${text}` : text,
    textFormat: 'plain',
    locale: options.locale ?? 'en-US',
    ...(options.mention ? { entities: [{ type: 'mention', text: mention, mentioned: BOT }] } : {}),
    ...(options.value ? { value: options.value } : {}),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  };
}

export function cardInvoke(
  serviceUrl: string,
  conversation: Record<string, unknown>,
  cardActivityId: string,
  data: unknown,
  from = ALICE,
): Activity {
  return {
    ...base(serviceUrl, conversation, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: cardActivityId,
    value: { action: { type: 'Action.Execute', id: 'confirm', verb: 'fluxops.decision', data }, trigger: 'manual' },
  };
}

export function installationUpdate(
  serviceUrl: string,
  conversation: Record<string, unknown>,
  action = 'add',
): Activity {
  return { ...base(serviceUrl, conversation), type: 'installationUpdate', action };
}

export async function postActivity(
  appUrl: string,
  activity: Activity,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // plain text body (e.g. the 401 message)
  }
  return { status: response.status, body };
}
