import { describe, expect, it } from 'vitest';
import { stripMentions } from '../../../../adapters/slack/render/strip-mentions.ts';

describe('stripMentions', () => {
  it('turns channel-wide, user and group mentions into plain words', () => {
    expect(stripMentions('ping <!channel> and <!here|here> or <!everyone>')).toBe('ping channel and here or everyone');
    expect(stripMentions('by <@U123ABC> and <@U9|bob> for <!subteam^S42|@oncall>')).toBe(
      'by U123ABC and bob for oncall',
    );
  });

  it('leaves other angle brackets for escaping', () => {
    expect(stripMentions('<none> rg<1> <https://example.com>')).toBe('<none> rg<1> <https://example.com>');
  });
});
