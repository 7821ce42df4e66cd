import { describe, expect, it } from 'vitest';
import { originProblem } from '../../src/access/origin-check.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';

/** Which Slack workspace is served: SLACK_TEAM_IDS when set, else the one the bot is installed in. */
describe('originProblem for Slack', () => {
  const from = (team: string): ConversationAddress => ({ platform: 'slack', channel: 'C0OPS', extra: { team } });
  const none = { slackTeams: [], teamsTenants: [] };

  it('serves only the installed workspace while SLACK_TEAM_IDS is empty', () => {
    expect(originProblem(from('T0TEST'), { ...none, installedSlackTeam: 'T0TEST' })).toBeUndefined();
    expect(originProblem(from('T0OTHER'), { ...none, installedSlackTeam: 'T0TEST' })).toBe(
      'This fluxops serves the Slack workspace it is installed in (T0TEST) only; this request came from T0OTHER. Nothing was run. An operator of fluxops can serve more workspaces with SLACK_TEAM_IDS (e.g. SLACK_TEAM_IDS=T0TEST,T0OTHER).',
    );
  });

  it('serves no workspace while the installed one is unknown, and says what to do', () => {
    expect(originProblem(from('T0TEST'), { ...none, installedSlackTeam: null })).toContain(
      'fluxops could not confirm which Slack workspace it is installed in',
    );
  });

  it('lets SLACK_TEAM_IDS decide when set, whatever the installed workspace', () => {
    const listed = { ...none, slackTeams: ['T0TEST', 'T0SECOND'], installedSlackTeam: 'T0TEST' };
    expect(originProblem(from('T0SECOND'), listed)).toBeUndefined();
    expect(originProblem(from('T0OTHER'), listed)).toContain('serves the Slack workspaces T0TEST, T0SECOND only');
  });
});
