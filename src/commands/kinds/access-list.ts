// `access list`: the role bindings and the admins, answered at once by submit; admin only.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AccessListCommand extends CommandBase {
  kind: 'access.list';
}

export const accessListKind = defineKind({
  kind: 'access.list',
  routes: [['access', 'list']],
  topic: 'access',
  runs: 'chat',
  role: 'admin',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'access list', needsTarget: false });
    return done(s, () => ({ kind: 'access.list', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['access', 'list'],
});
