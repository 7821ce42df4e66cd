// `alerts unsubscribe ID`: the subscription id is required (see `alerts list`).
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AlertsUnsubscribeCommand extends CommandBase {
  kind: 'alerts.unsubscribe';
  subscriptionId: string;
}

export const alertsUnsubscribeKind = defineKind({
  kind: 'alerts.unsubscribe',
  routes: [['alerts', 'unsubscribe']],
  topic: 'alerts',
  runs: 'job',
  role: 'operator',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.subscription-id'),
      example: 'alerts unsubscribe 3',
      needsTarget: false,
    });
    const id = positional(s, 0);
    if (id === undefined)
      s.problems.push(
        problem('short.missing-argument', {
          command: 'alerts unsubscribe',
          what: part('problem.part.what.subscription-id'),
          accepted: 'alerts unsubscribe ID',
          example: 'alerts unsubscribe 3',
        }),
      );
    return done(s, () => ({
      kind: 'alerts.unsubscribe',
      subscriptionId: id!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'mutating',
  display: (draft) => ['alerts', 'unsubscribe', draft.subscriptionId],
});
