import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { type Playground, startPlayground } from '../../support/teams/playground.ts';
import { type PlaygroundCall, readPlaygroundCalls } from '../../support/teams/playground-recording.ts';
import { freePort, startTeamsApp } from '../../support/teams/teams-app.ts';
import { until } from '../../support/until.ts';

/**
 * Threads and replyToId as Microsoft's Agents Playground sees them. Users' messages go in through the
 * Playground's own conversation API (what its web UI posts), so the Playground assigns every id; what
 * the bot sent back is read from the Playground's events recording (`--er`), which holds each request
 * its connector received and the id it answered. The Playground models a team with channels: a
 * message in a channel is a post whose thread is the conversation `<channel>;messageid=<post id>`, and
 * a bot's createConversation with the channel's id starts a new post.
 */

const OUTPUT = fileURLToPath(new URL('../../../test-output/teams-playground/', import.meta.url));
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const LONG = 90_000;
/** A configuration with more kustomizations than one card holds: `flux show` of it overflows to follow-ups. */
const KUSTOMIZATIONS = Array.from({ length: 80 }, (_, i) => `--kustomization name=app-${i} path=./apps/app-${i}`).join(
  ' ',
);

interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: { id: string };
  personalChat: { id: string };
  teams: { channels: { id: string; name: string }[] }[];
}

const cardJson = (call: PlaygroundCall) => JSON.stringify(call.body.attachments?.[0]?.content ?? {});
/** A card whose status line says the job ended (the status TextBlock reads exactly this). */
const isFinalCard = (call: PlaygroundCall) => /"text":"(Succeeded|Failed|Info)"/.test(cardJson(call));

describe('Teams threads and replyToId in the Microsoft 365 Agents Playground', () => {
  let app: Fluxops;
  let playground: Playground;
  let config: PlaygroundConfig;
  let recording: string;
  const calls = () => readPlaygroundCalls(recording);

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    recording = join(OUTPUT, `threads-${Date.now()}.log`);
    app = await startTeamsApp();
    playground = await startPlayground({
      endpoint: `${app.url}/api/messages`,
      port: await freePort(),
      cwd: OUTPUT,
      recordTo: recording,
    });
    config = ((await (await fetch(`${playground.url}_internal/v1/config`)).json()) as { config: PlaygroundConfig })
      .config;
  }, 120_000);

  afterAll(async () => {
    await playground?.stop();
    await app?.close();
  }, 60_000);

  /** Posts a user's message as the Playground's UI does; in a channel it @mentions the bot, as Teams requires. */
  async function say(conversationId: string, command: string, mention = false) {
    const at = `<at>${config.bot.name}</at>`;
    const response = await fetch(
      `${playground.url}_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          from: { id: config.currentUser.id },
          text: mention ? `${at} ${command}` : command,
          textFormat: 'plain',
          ...(mention ? { mentions: [{ mentioned: { id: config.bot.id }, text: at }] } : {}),
        }),
      },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as { messageId: string; postConversationId?: string };
  }

  /** Waits for the final card of the card first posted in `conversationId` after `since` calls. */
  async function finalCardIn(conversationId: string, since: number) {
    return until(
      () =>
        `a final card in ${conversationId}: ${JSON.stringify(
          calls()
            .slice(since)
            .map((c) => c.url),
        )}`,
      () => {
        const mine = calls()
          .slice(since)
          .filter((c) => c.url.startsWith(`/_connector/v3/conversations/${conversationId}/activities`));
        const posted = mine.find((c) => c.method === 'POST' && c.body.attachments?.length);
        const final = mine.find((c) => isFinalCard(c));
        return posted && final && { posted, final, mine };
      },
      { timeoutMs: LONG, intervalMs: 250 },
    );
  }

  it('creates a configuration from the personal chat (the card is updated in place under the id the Playground gave it)', async () => {
    const since = calls().length;
    await say(
      config.personalChat.id,
      `flux create -n big --scope cluster --namespace big -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ${KUSTOMIZATIONS} ${ARC}`,
    );
    const { posted, final } = await finalCardIn(config.personalChat.id, since);
    expect(posted.status).toBe(201);
    expect(final.method).toBe('PUT');
    expect(final.url).toBe(`/_connector/v3/conversations/${config.personalChat.id}/activities/${posted.answer.id}`);
    expect(cardJson(final)).toContain('"text":"Succeeded"');
    // A personal chat has no threads: the rows that did not fit follow as new messages, replying to nothing.
    const followUp = await until(
      'the rows that followed the card',
      () =>
        calls()
          .slice(since)
          .find((c) => c.method === 'POST' && typeof c.body.text === 'string' && c.body.text !== ''),
      { timeoutMs: LONG, intervalMs: 250 },
    );
    expect(followUp.status).toBe(201);
    expect(followUp.url).toBe(`/_connector/v3/conversations/${config.personalChat.id}/activities`);
    expect(followUp.body.replyToId).toBeUndefined();
  }, 120_000);

  it("replies in a channel message's thread: the card and its follow-ups carry the post's real id as replyToId", async () => {
    const channel = config.teams[0]!.channels.find((c) => c.name !== 'General')!.id;
    const since = calls().length;
    const post = await say(channel, `flux show -n big ${ARC}`, true);
    // The Playground made the message a post of its own: the thread is `<channel>;messageid=<its id>`.
    expect(post.postConversationId).toBe(`${channel};messageid=${post.messageId}`);
    const thread = post.postConversationId!;
    const { posted, final } = await finalCardIn(thread, since);
    expect(cardJson(final)).toContain('"text":"Succeeded"');
    const followUps = await until(
      'the rows that followed the card',
      () => {
        const texts = calls()
          .slice(since)
          .filter((c) => c.method === 'POST' && typeof c.body.text === 'string' && c.body.text !== '');
        return texts.length >= 2 && texts;
      },
      { timeoutMs: LONG, intervalMs: 250 },
    );
    // Everything went into the thread, none of it to the channel's top level or elsewhere.
    for (const call of calls().slice(since)) expect(call.url).toMatch(`/_connector/v3/conversations/${thread}/`);
    // The card is a reply (to the activity id the Playground sent, see docs/teams.md), updated under the id it assigned.
    expect(posted.body.replyToId).toBeTruthy();
    expect(final.url).toBe(`/_connector/v3/conversations/${thread}/activities/${posted.answer.id}`);
    for (const followUp of followUps) {
      expect(followUp.status).toBe(201);
      expect(followUp.body.replyToId).toBe(post.messageId);
      expect(followUp.url).toBe(`/_connector/v3/conversations/${thread}/activities/${post.messageId}`);
    }
  }, 150_000);

  it('starts a real thread for an alert in a channel: createConversation, and the Playground answers the new post', async () => {
    const channel = config.teams[0]!.channels.find((c) => c.name !== 'General')!.id;
    await say(channel, `alerts subscribe ${ARC}`, true);
    await until(
      'the subscription to be confirmed',
      () =>
        calls().some(
          (c) =>
            c.url.startsWith(`/_connector/v3/conversations/${channel};`) &&
            isFinalCard(c) &&
            cardJson(c).includes('subscri'),
        ),
      { timeoutMs: LONG, intervalMs: 250 },
    );
    const since = calls().length;
    await say(channel, `sandbox oom helm-controller ${ARC}`, true);
    const started = await until(
      () =>
        `a createConversation in ${channel}: ${JSON.stringify(
          calls()
            .slice(since)
            .map((c) => c.url),
        )}`,
      () =>
        calls()
          .slice(since)
          .find((c) => c.method === 'POST' && c.url === '/_connector/v3/conversations'),
      { timeoutMs: LONG, intervalMs: 250 },
    );
    expect(started.status).toBe(201);
    expect(started.body.channelData?.channel?.id).toBe(channel);
    expect(JSON.stringify(started.body.activity?.attachments?.[0]?.content)).toContain('helm-controller');
    // The Playground created a post of its own: the thread `<channel>;messageid=<post id>`, and that post's id.
    expect(started.answer.id).toBe(`${channel};messageid=${started.answer.activityId}`);
    // Nothing of the alert went to the channel's top level as a plain send.
    expect(calls().filter((c) => c.url.startsWith(`/_connector/v3/conversations/${channel}/`))).toEqual([]);
  }, 150_000);
});
