// For an SSH repository without a private key, fluxconfig-controller generates a key pair and reports
// the public half in `repositoryPublicKey` so the user can add it as a deploy key. The sandbox does the same.
import { generateKeyPairSync } from 'node:crypto';
import type { FluxConfigurationInput } from './flux-config-spec.ts';

function openSshEd25519PublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32); // SPKI ends with the 32-byte key
  const field = (data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, data]);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')}`;
}

export function publicKeyForSshSource(input: FluxConfigurationInput, existingKey: string | null = null): string | null {
  const url = input.spec.sourceKind === 'GitRepository' ? (input.spec.gitRepository?.url ?? '') : '';
  const isSsh = url.startsWith('ssh://') || url.startsWith('git@');
  if (!isSsh || input.protectedSettings.sshPrivateKey) return null;
  return existingKey ?? openSshEd25519PublicKey();
}
