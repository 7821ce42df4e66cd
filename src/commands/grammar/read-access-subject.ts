// The subject of `access grant|revoke`: a user (`@ID`, or a full id such as `slack:T024BE7LD/U012AB3CD`),
// a Slack user group (its mention, which reads `@subteam^S…`), or, with `--channel`, the conversation
// the command is typed in.
//
// Rules:
// 1. `--channel` and a user or group together, or neither, is a problem that shows every form.
// 2. `@subteam^S…` (or `subteam^S…`) is the group `S…`.
// 3. Any other word is a user, kept as typed (without a leading `@`); submit turns it into a full id
//    for the platform.
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { Scaffold } from './scaffold.ts';
import { positional } from './scaffold.ts';

export type AccessSubject = { channel: true } | { user: string } | { group: string };

const GROUP_MENTION = /^@?subteam\^(S[A-Z0-9]+)$/;

export const CHANNEL_FLAG = { name: '--channel', arity: 'switch', help: 'This channel, for everyone in it.' } as const;

export function readAccessSubject(
  s: Scaffold,
  index: number,
  command: string,
  example: string,
): AccessSubject | undefined {
  const user = positional(s, index);
  const channel = s.flags.switches.get('--channel') ?? false;
  if (channel !== (user === undefined)) {
    s.problems.push(
      problem('short.missing-argument', {
        command,
        what: part('problem.part.what.access-subject'),
        accepted: `${command} @U012AB3CD | ${command} @oncall-group | ${command} --channel`,
        example,
      }),
    );
    return undefined;
  }
  if (channel) return { channel: true };
  const group = GROUP_MENTION.exec(user!)?.[1];
  return group ? { group } : { user: user!.replace(/^@/, '') };
}

/** How a subject reads in the command's display: `@U012AB3CD`, `@subteam^S0ONCALL`, `--channel`. */
export function subjectWords(subject: AccessSubject): string[] {
  if ('user' in subject) return [`@${subject.user}`];
  if ('group' in subject) return [`@subteam^${subject.group}`];
  return ['--channel'];
}
