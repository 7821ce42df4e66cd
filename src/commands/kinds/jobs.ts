// `jobs`: the channel's recent jobs, answered at once by submit; takes no arguments.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface JobsCommand extends CommandBase {
  kind: 'jobs';
}

export const jobsKind = defineKind({
  kind: 'jobs',
  routes: [['jobs']],
  topic: 'jobs',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'jobs', needsTarget: false });
    return done(s, () => ({ kind: 'jobs', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['jobs'],
});
