// `access whoami`: the caller's id (the value FLUXOPS_ADMINS takes) and role, answered at once by submit; needs no role.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AccessWhoamiCommand extends CommandBase {
  kind: 'access.whoami';
}

export const accessWhoamiKind = defineKind({
  kind: 'access.whoami',
  routes: [['access', 'whoami']],
  topic: 'access',
  runs: 'chat',

  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'access whoami', needsTarget: false });
    return done(s, () => ({ kind: 'access.whoami', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['access', 'whoami'],
});
