// `context`: the channel's cluster, answered at once by submit; takes no arguments.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface ContextCommand extends CommandBase {
  kind: 'context';
}

export const contextKind = defineKind({
  kind: 'context',
  routes: [['context']],
  topic: 'context',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'context', needsTarget: false });
    return done(s, () => ({ kind: 'context', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['context'],
});
