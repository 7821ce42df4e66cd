import { describe, expect, it } from 'vitest';
import { mentionText } from '../../../adapters/slack/mention-text.ts';

describe('mentionText', () => {
  it("removes the bot's own mention wherever it stands, with or without a label", () => {
    expect(mentionText('<@U0BOT> flux list', 'U0BOT')).toBe('flux list');
    expect(mentionText('<@U0BOT|fluxops>   flux list', 'U0BOT')).toBe('flux list');
    expect(mentionText('please <@U0BOT> flux list', 'U0BOT')).toBe('please flux list');
  });

  it('takes the leading mention as the bot when Slack named no bot user', () => {
    expect(mentionText('<@U0BOT> status', undefined)).toBe('status');
  });

  it("leaves other people's mentions to the command parser", () => {
    expect(mentionText('<@U0BOT> access grant viewer <@U0BOB>', 'U0BOT')).toBe('access grant viewer <@U0BOB>');
  });
});
