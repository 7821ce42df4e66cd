// `access grant ROLE @ID|--channel [--scope ARM-ID]`: binds a role to a user or to this channel, for
// every cluster or only those within the scope, answered at once by submit.
//
// Rules:
// 1. ROLE is viewer, operator or admin.
// 2. The subject follows `grammar/read-access-subject.ts`.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { readAccessScope, SCOPE_FLAG } from '../grammar/read-access-scope.ts';
import { type AccessSubject, CHANNEL_FLAG, readAccessSubject, subjectWords } from '../grammar/read-access-subject.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { ROLES, type Role } from '../role.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AccessGrantCommand extends CommandBase {
  kind: 'access.grant';
  role: Role;
  subject: AccessSubject;
  /** The ARM id the binding is limited to (`--scope`); absent, everywhere. */
  scope?: string;
}

const EXAMPLE = 'access grant operator @U012AB3CD';

export const accessGrantKind = defineKind({
  kind: 'access.grant',
  routes: [['access', 'grant']],
  topic: 'access',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, [CHANNEL_FLAG, SCOPE_FLAG, ...IGNORED_AZ_FLAGS], {
      maxPositionals: 2,
      positionalText: part('problem.part.positional.role-and-user'),
      example: EXAMPLE,
      needsTarget: false,
    });
    const role = positional(s, 0);
    if (!(ROLES as readonly string[]).includes(role ?? '')) {
      s.problems.push(
        problem('short.missing-argument', {
          command: 'access grant',
          what:
            role === undefined
              ? part('problem.part.what.role', { roles: ROLES.join(', ') })
              : part('problem.part.what.role-got', { roles: ROLES.join(', '), got: role }),
          accepted: 'access grant viewer|operator|admin @ID|--channel',
          example: EXAMPLE,
        }),
      );
    }
    const subject = readAccessSubject(s, 1, 'access grant ROLE', EXAMPLE);
    const scope = readAccessScope(s);
    return done(s, () => ({
      kind: 'access.grant',
      role: role as Role,
      subject: subject!,
      ...(scope !== undefined ? { scope } : {}),
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'mutating',
  display: (draft) => [
    'access',
    'grant',
    draft.role,
    ...subjectWords(draft.subject),
    ...(draft.scope ? ['--scope', draft.scope] : []),
  ],
});
