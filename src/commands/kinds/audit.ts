// `audit [--user NAME] [--since DURATION] [--denied]`: the channel's audit log, answered at once by submit.
//
// Rules:
// 1. --user keeps the rows of one user (the name the WHO column shows; a leading @ is ignored).
// 2. --since keeps the rows of the last DURATION (h/m/s, e.g. 2h or 30m).
// 3. --denied keeps the refusals only.
import { opt } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import type { CommandBase } from '../types.ts';
import { formatFluxDuration, parseFluxDuration } from '../validate/duration.ts';
import { defineKind } from './define-kind.ts';

export interface AuditCommand extends CommandBase {
  kind: 'audit';
  user?: string;
  sinceSeconds?: number;
  denied: boolean;
}

const FLAGS: readonly FlagSpec[] = [
  { name: '--user', arity: 'value', example: '@alice', help: 'Only this user’s rows.' },
  { name: '--since', arity: 'value', example: '2h', help: 'Only the rows of the last DURATION.' },
  { name: '--denied', arity: 'switch', help: 'Only the refused commands.' },
  ...IGNORED_AZ_FLAGS,
];

export const auditKind = defineKind({
  kind: 'audit',
  routes: [['audit']],
  topic: 'audit',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, FLAGS, { maxPositionals: 0, example: 'audit --since 2h --denied', needsTarget: false });
    const user = s.flags.values.get('--user')?.replace(/^@/, '');
    const sinceText = s.flags.values.get('--since');
    const sinceSeconds = sinceText === undefined ? undefined : parseFluxDuration(sinceText);
    if (sinceText !== undefined && !sinceSeconds)
      s.problems.push(problem('duration.invalid', { flag: '--since', value: sinceText, usage: 'audit --since 2h' }));
    const denied = s.flags.switches.get('--denied') ?? false;
    return done(s, () => ({
      kind: 'audit',
      ...(user ? { user } : {}),
      ...(sinceSeconds ? { sinceSeconds } : {}),
      denied,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [
    'audit',
    ...opt('--user', draft.user),
    ...opt('--since', draft.sinceSeconds === undefined ? undefined : formatFluxDuration(draft.sinceSeconds)),
    ...(draft.denied ? ['--denied'] : []),
  ],
});
