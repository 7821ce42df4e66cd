// `--known-hosts` (docs/upstream.md §1.4 `validate_known_hosts`).
//
// Rules:
// 1. base64 of UTF-8 text.
// 2. Each non-empty line not starting with `#`: optional `@cert-authority`/`@revoked` marker, hosts, key
//    type, base64 key (paramiko's HostKeyEntry.from_line needs at least three fields).
// 3. The key type is one OpenSSH knows and the key blob starts with that same type name (a length-prefixed
//    string), which catches a key pasted under the wrong type or a truncated paste.
import { type Problem, problem } from '../problem.ts';
import { type ProblemPart, part } from '../problem-part.ts';
import { decodeBase64, decodeBase64Utf8 } from './base64.ts';

const KEY_TYPES = new Set([
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]);

function blobKeyType(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined;
  const length =
    ((blob[0] as number) << 24) | ((blob[1] as number) << 16) | ((blob[2] as number) << 8) | (blob[3] as number);
  if (length <= 0 || length > blob.length - 4) return undefined;
  return Buffer.from(blob.subarray(4, 4 + length)).toString('latin1');
}

function lineProblem(line: string): ProblemPart | undefined {
  const fields = line.trim().split(/\s+/);
  if (fields[0]?.startsWith('@')) fields.shift();
  if (fields.length < 3) return part('problem.part.known-hosts.fields');
  const [, keyType, key] = fields as [string, string, string];
  if (!KEY_TYPES.has(keyType)) return part('problem.part.known-hosts.unknown-type', { keyType });
  const blob = decodeBase64(key);
  if (!blob) return part('problem.part.known-hosts.not-base64');
  if (blobKeyType(blob) !== keyType) return part('problem.part.known-hosts.type-mismatch', { keyType });
  return undefined;
}

export function checkKnownHosts(value: string): Problem[] {
  const text = decodeBase64Utf8(value);
  if (text === undefined) return [problem('known-hosts.not-base64')];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const reason = lineProblem(line);
    if (reason) return [problem('known-hosts.bad-format', { line: index + 1, reason })];
  }
  return [];
}
