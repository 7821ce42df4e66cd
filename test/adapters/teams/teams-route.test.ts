import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCard } from '../../../adapters/teams/render-card.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { cancelledReply, confirmationExpiredReply, notRequesterReply } from '../../../src/replies/submit-replies.ts';
import { jobIdFor } from '../../../src/submit/job-id.ts';
import { parseOk } from '../../support/commands/parse.ts';
import {
  ALICE,
  BOB,
  cardInvoke,
  channelConversation,
  message,
  personalConversation,
  postActivity,
} from '../../support/teams/activities.ts';
import { cardContextLine, cardOf, cardStatus, cardText } from '../../support/teams/card-reading.ts';
import {
  type ConnectorCall,
  type ConnectorStandIn,
  startConnectorStandIn,
} from '../../support/teams/connector-stand-in.ts';
import { startTeamsApp } from '../../support/teams/teams-app.ts';

/**
 * The real app in-process (sandbox, auth off): activities go to /api/messages, replies are read from
 * the connector stand-in the activities name as serviceUrl.
 */
describe('Teams /api/messages', () => {
  const arc = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
  let app: Fluxops;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startTeamsApp();
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  const inConversation = (id: string) => (c: ConnectorCall) => c.conversationId === id;
  const FINAL = ['succeeded', 'failed', 'info', 'cancelled'];
  const isFinalCard = (c: ConnectorCall) => FINAL.includes(cardStatus(c) ?? '');
  const updatesOf = (cardId: string) => connector.calls.filter((c) => c.method === 'PUT' && c.targetId === cardId);

  async function commandQueueJob(jobId: string) {
    const queue = new Queue('commands', { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
    try {
      return await queue.getJob(jobId);
    } finally {
      await queue.close();
    }
  }

  /** Sends a destructive command and returns the confirm card's call and its token. */
  async function askToDelete(conversation: { id: string }) {
    const activity = message(connector.url, conversation, `flux delete -n cluster-config ${arc}`);
    expect((await postActivity(app.url!, activity)).status).toBe(200);
    const [call] = (await connector.waitFor((calls) => calls.some(inConversation(conversation.id)))).filter(
      inConversation(conversation.id),
    );
    const card = cardOf(call!)!;
    const confirm = card.actions?.find((a) => a.title === 'Confirm') as { data: { token: string } } | undefined;
    return { call: call!, card, token: confirm!.data.token };
  }

  it('answers a command in personal chat with a queued card, then updates that card in place', async () => {
    const conversation = personalConversation();
    const activity = message(connector.url, conversation, `flux list ${arc}`, { locale: 'ja-JP' });
    const started = Date.now();
    const response = await postActivity(app.url!, activity);
    expect(response.status).toBe(200);
    // The turn only enqueues: it ends far inside Teams' 10–15 s budget.
    expect(Date.now() - started).toBeLessThan(5_000);

    const [first] = (await connector.waitFor((calls) => calls.some(inConversation(conversation.id)))).filter(
      inConversation(conversation.id),
    );
    expect(first!.method).toBe('POST');
    expect(first!.targetId).toBe(activity.id); // a reply to the user's message
    expect(cardOf(first!)?.version).toBe('1.5');
    expect(cardStatus(first!)).toBe('queued');

    await connector.waitFor(() => updatesOf(first!.id).some((c) => cardStatus(c) === 'succeeded'));
    const final = updatesOf(first!.id).find((c) => cardStatus(c) === 'succeeded')!;
    // The succeeded card is the list's own result: its title is the command as fluxops understood it.
    expect(cardText(cardOf(final))).toContain(parseOk(`flux list ${arc}`, null).display);
    // One card for the job: every later message to this conversation is an update of it.
    expect(connector.calls.filter((c) => inConversation(conversation.id)(c) && c.method === 'POST')).toHaveLength(1);
    // The locale travelled with the request into the job.
    const job = await commandQueueJob(jobIdFor('cmd', 'teams', activity.id));
    expect(job?.data.locale).toBe('ja');
  });

  it('answers a Teams user whose activity.locale is fr-FR in French, through the real receiver', async () => {
    const conversation = personalConversation();
    const activity = message(connector.url, conversation, `flux delete -n cluster-config ${arc}`, { locale: 'fr-FR' });
    expect((await postActivity(app.url!, activity)).status).toBe(200);
    const [first] = (await connector.waitFor((calls) => calls.some(inConversation(conversation.id)))).filter(
      inConversation(conversation.id),
    );
    const text = cardText(cardOf(first!));
    expect(text).toContain('Confirmer : ');
    expect(text).toContain('Ceci supprime la configuration Flux « cluster-config »');
    expect(text).toContain('En attente de confirmation');
    expect(cardOf(first!)?.actions?.map((a) => a.title)).toEqual(['Confirmer', 'Annuler']);
  });

  it('strips the bot @mention in a channel and accepts the /flux prefix', async () => {
    const conversation = channelConversation();
    const activity = message(connector.url, conversation, `/flux list ${arc}`, { mention: true });
    expect((await postActivity(app.url!, activity)).status).toBe(200);
    const [first] = (await connector.waitFor((calls) => calls.some(inConversation(conversation.id)))).filter(
      inConversation(conversation.id),
    );
    expect(cardStatus(first!)).toBe('queued');
    await connector.waitFor(() => updatesOf(first!.id).some((c) => cardStatus(c) === 'succeeded'));
  });

  it('confirms a destructive command: the card becomes the outcome with who confirmed, then the job result', async () => {
    const conversation = personalConversation();
    const { call, card, token } = await askToDelete(conversation);
    expect(cardStatus(call)).toBe('confirm');
    const confirm = card.actions!.find((a) => a.title === 'Confirm')!;
    expect(confirm.type).toBe('Action.Execute');
    expect((confirm.fallback as { type: string }).type).toBe('Action.Submit');

    const invoke = cardInvoke(connector.url, conversation, call.id, {
      fluxops: 'decision',
      token,
      decision: 'confirm',
    });
    const response = await postActivity(app.url!, invoke);
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const confirmedByAlice = cardContextLine({ confirmedBy: 'Alice' });
    expect(cardText(body.value)).toContain(confirmedByAlice);
    // Replaced for everyone, then the job's progress lands on the same card.
    await connector.waitFor(() => updatesOf(call.id).some(isFinalCard));
    expect(cardText(cardOf(updatesOf(call.id).at(-1)!))).toContain(confirmedByAlice);
    expect(await commandQueueJob(jobIdFor('act', 'teams', token))).toBeDefined();
  });

  it('cancels: the card says who cancelled and nothing is queued', async () => {
    const conversation = personalConversation();
    const { call, token } = await askToDelete(conversation);
    const invoke = cardInvoke(connector.url, conversation, call.id, { fluxops: 'decision', token, decision: 'cancel' });
    const body = (await postActivity(app.url!, invoke)).body as { type: string; value: unknown };
    expect(body.value).toEqual(
      renderCard(cancelledReply(parseOk(`flux delete -n cluster-config ${arc}`, null).display, 'Alice')),
    );
    await connector.waitFor(() => updatesOf(call.id).some((c) => cardStatus(c) === 'cancelled'));
    expect(await commandQueueJob(jobIdFor('act', 'teams', token))).toBeUndefined();
  });

  it('runs a repeated confirm invoke once and tells the second click it was already used', async () => {
    const conversation = personalConversation();
    const { call, token } = await askToDelete(conversation);
    const invoke = cardInvoke(connector.url, conversation, call.id, {
      fluxops: 'decision',
      token,
      decision: 'confirm',
    });
    const deletesBefore = app.sandbox!.requests.filter((r) => r.method === 'DELETE').length;
    const first = (await postActivity(app.url!, invoke)).body as { type: string };
    const second = (await postActivity(app.url!, invoke)).body as { type: string; value: unknown };
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(second.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(second.value)).toContain(confirmationExpiredReply().text!);
    await connector.waitFor(() => updatesOf(call.id).some(isFinalCard));
    const deletes = app.sandbox!.requests.filter((r) => r.method === 'DELETE').length - deletesBefore;
    expect(deletes).toBeLessThanOrEqual(1);
    const job = await commandQueueJob(jobIdFor('act', 'teams', token));
    expect(job?.attemptsMade ?? 0).toBeLessThanOrEqual(1);
  });

  it('refuses a Confirm click by someone other than the requester and keeps the card', async () => {
    const conversation = channelConversation();
    const { call, token } = await askToDelete(conversation);
    const invoke = cardInvoke(
      connector.url,
      conversation,
      call.id,
      { fluxops: 'decision', token, decision: 'confirm' },
      BOB,
    );
    const body = (await postActivity(app.url!, invoke)).body as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(body.value)).toContain(notRequesterReply(ALICE.aadObjectId).text!);
    expect(updatesOf(call.id)).toHaveLength(0);
  });

  it('refuses an activity whose serviceUrl is not an allowed host and never answers to it', async () => {
    // 127.0.0.2 is this machine too, but not a loopback name the sandbox allows: it plays a caller-chosen host.
    const outsider = await startConnectorStandIn('127.0.0.2');
    try {
      const refused = await postActivity(app.url!, message(outsider.url, personalConversation(), 'help'));
      expect(refused.status).toBe(403);
      const body = refused.body as { error: string; example: string };
      expect(body.error).toContain('serviceUrl is not a Bot Framework host');
      expect(body.error).toContain('https://smba.trafficmanager.net/…');
      expect(body.example).toBe('https://smba.trafficmanager.net/teams/');
      expect(JSON.stringify(body)).not.toContain('127.0.0.2');
      // A message to an allowed connector sent after it is answered; the refused one never was.
      const conversation = personalConversation();
      expect((await postActivity(app.url!, message(connector.url, conversation, 'help'))).status).toBe(200);
      await connector.waitFor((calls) => calls.some(inConversation(conversation.id)));
      expect(outsider.calls).toEqual([]);
    } finally {
      await outsider.close();
    }
  });

  it('answers 400 with what an activity needs to a body without a type', async () => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'help' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('string "type"');
  });

  it('handles the Action.Submit fallback (a message carrying the card data)', async () => {
    const conversation = personalConversation();
    const { call, token } = await askToDelete(conversation);
    const submit = message(connector.url, conversation, '', {
      value: { fluxops: 'decision', token, decision: 'cancel' },
      replyToId: call.id,
    });
    expect((await postActivity(app.url!, submit)).status).toBe(200);
    await connector.waitFor(() => updatesOf(call.id).some((c) => cardStatus(c) === 'cancelled'));
  });

  it.each([
    ['a numeric conversation id', { conversation: { id: 3 } }, 'activity field conversation.id'],
    ['no sender', { from: undefined }, 'activity field from'],
    ['a numeric text', { text: 42 }, 'activity field text'],
    [
      'an invoke fluxops does not answer',
      { type: 'invoke', name: 'composeExtension/query' },
      'invoke activities must be adaptiveCard/action',
    ],
  ])('answers an activity with %s with 400 naming the field, not 500', async (_what, change, error) => {
    const body = { ...message(connector.url, personalConversation(), 'help'), ...change };
    const response = await postActivity(app.url!, body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(error);
  });
});
