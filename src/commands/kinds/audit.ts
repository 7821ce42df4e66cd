// `audit`: the channel's audit log, answered at once by submit; takes no arguments.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AuditCommand extends CommandBase {
  kind: 'audit';
}

export const auditKind = defineKind({
  kind: 'audit',
  routes: [['audit']],
  topic: 'audit',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'audit', needsTarget: false });
    return done(s, () => ({ kind: 'audit', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['audit'],
});
