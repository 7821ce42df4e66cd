// `access policy confirm=always|allow-yes`: this channel's confirmation policy, answered at once by submit.
//
// Rules:
// 1. `confirm=always` (the default): destructive commands always ask, `--yes` or not.
// 2. `confirm=allow-yes`: `--yes` on a destructive command skips the prompt in this channel.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AccessPolicyCommand extends CommandBase {
  kind: 'access.policy';
  confirm: 'always' | 'allow-yes';
}

const EXAMPLE = 'access policy confirm=allow-yes';

export const accessPolicyKind = defineKind({
  kind: 'access.policy',
  routes: [['access', 'policy']],
  topic: 'access',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.confirm'),
      example: EXAMPLE,
      needsTarget: false,
    });
    const setting = positional(s, 0);
    const confirm = /^confirm=(always|allow-yes)$/.exec(setting ?? '')?.[1] as 'always' | 'allow-yes' | undefined;
    if (!confirm)
      s.problems.push(
        problem('short.missing-argument', {
          command: 'access policy',
          what:
            setting === undefined
              ? part('problem.part.what.confirm')
              : part('problem.part.what.confirm-got', { got: setting }),
          accepted: 'access policy confirm=always|allow-yes',
          example: EXAMPLE,
        }),
      );
    return done(s, () => ({
      kind: 'access.policy',
      confirm: confirm!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'mutating',
  display: (draft) => ['access', 'policy', `confirm=${draft.confirm}`],
});
