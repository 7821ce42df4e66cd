// The subject of `access grant|revoke`: a user (`@ID`, or a full id such as `slack:T024BE7LD/U012AB3CD`)
// or, with `--channel`, the conversation the command is typed in.
//
// Rules:
// 1. `--channel` and a user together, or neither, is a problem that shows both forms.
// 2. A user word is kept as typed (without a leading `@`); submit turns it into a full id for the platform.
import { problem } from '../problem.ts';
import type { Scaffold } from './scaffold.ts';
import { positional } from './scaffold.ts';

export type AccessSubject = { channel: true } | { user: string };

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
        what: 'either a user (@ID, see `access whoami`) or --channel',
        accepted: `${command} @U012AB3CD | ${command} --channel`,
        example,
      }),
    );
    return undefined;
  }
  return channel ? { channel: true } : { user: user!.replace(/^@/, '') };
}
