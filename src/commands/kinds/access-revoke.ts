// `access revoke @ID|--channel [--scope ARM-ID]`: removes the user's or this channel's binding (the one
// with that scope), answered at once by submit.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { readAccessScope, SCOPE_FLAG } from '../grammar/read-access-scope.ts';
import { type AccessSubject, CHANNEL_FLAG, readAccessSubject, subjectWords } from '../grammar/read-access-subject.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AccessRevokeCommand extends CommandBase {
  kind: 'access.revoke';
  subject: AccessSubject;
  /** The ARM id the binding is limited to (`--scope`); absent, everywhere. */
  scope?: string;
}

const EXAMPLE = 'access revoke @U012AB3CD';

export const accessRevokeKind = defineKind({
  kind: 'access.revoke',
  routes: [['access', 'revoke']],
  topic: 'access',
  runs: 'chat',
  build: (input) => {
    const s = scaffold(input, [CHANNEL_FLAG, SCOPE_FLAG, ...IGNORED_AZ_FLAGS], {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.user'),
      example: EXAMPLE,
      needsTarget: false,
    });
    const subject = readAccessSubject(s, 0, 'access revoke', EXAMPLE);
    const scope = readAccessScope(s);
    return done(s, () => ({
      kind: 'access.revoke',
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
    'revoke',
    ...subjectWords(draft.subject),
    ...(draft.scope ? ['--scope', draft.scope] : []),
  ],
});
