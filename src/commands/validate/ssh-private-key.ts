// `--ssh-private-key` (docs/upstream.md §1.4 `validate_private_key`).
//
// Rules:
// 1. The value is base64 (the CLI sends it as given into `configurationProtectedSettings.sshPrivateKey`).
// 2. It decodes to a PEM private key of a type the agent accepts: RSA, EC (ECC), DSA, PKCS#8 or OpenSSH
//    (Ed25519 and others). The key itself is not parsed — no crypto in the pure parser; the agent does that.
// 3. The PEM block has matching BEGIN/END lines; an encrypted key is rejected (the agent has no passphrase).
import { type Problem, problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { decodeBase64Utf8 } from './base64.ts';

const PEM = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;

export function checkSshPrivateKey(value: string): Problem[] {
  const text = decodeBase64Utf8(value);
  if (text === undefined) return [problem('ssh-key.invalid', { reason: part('problem.part.ssh-key.not-text') })];
  const match = PEM.exec(text);
  if (!match) return [problem('ssh-key.invalid', { reason: part('problem.part.ssh-key.no-pem-block') })];
  if (match[1] === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(text)) {
    return [problem('ssh-key.invalid', { reason: part('problem.part.ssh-key.encrypted') })];
  }
  return [];
}
