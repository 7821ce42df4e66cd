import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { addressOf, referenceFromAddress } from '../../../adapters/teams/activity-to-request.ts';

/** A channel message as the Agents Playground sends it: its channel id is not in Teams' `19:…@thread.tacv2` form. */
const channelMessage = {
  type: 'message',
  id: 'activity-1',
  channelId: 'msteams',
  serviceUrl: 'http://localhost:56150/_connector',
  conversation: {
    id: 'channel-announcements-id;messageid=1',
    conversationType: 'channel',
    isGroup: true,
    tenantId: 't-1',
  },
  recipient: { id: 'bot-1', name: 'fluxops' },
  from: { id: 'user-1' },
} as unknown as Activity;

describe('addressOf / referenceFromAddress', () => {
  it('keeps the conversation type, so a reference rebuilt for a channel is a channel whatever its id looks like', () => {
    const address = addressOf(channelMessage);
    expect(address.extra?.conversationType).toBe('channel');
    const reference = referenceFromAddress({ ...address, channel: 'channel-announcements-id' });
    expect(reference?.conversation).toMatchObject({
      id: 'channel-announcements-id',
      conversationType: 'channel',
      isGroup: true,
      tenantId: 't-1',
    });
  });

  it('leaves the type empty when the activity named none', () => {
    const { conversationType: _type, ...conversation } = channelMessage.conversation;
    const address = addressOf({ ...channelMessage, conversation } as Activity);
    expect(address.extra?.conversationType).toBeUndefined();
    expect(referenceFromAddress(address)?.conversation).toMatchObject({ conversationType: '', isGroup: false });
  });
});
