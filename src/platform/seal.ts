import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Job data sits in Redis in clear text, so secret values inside a command (`{ $secret: … }`) are
// sealed with AES-256-GCM before enqueueing and opened by the worker. Everything else stays readable
// for operators inspecting the queue.

const SEALED_PREFIX = 'sealed:v1:';

export interface Sealer {
  seal<T>(value: T): T;
  open<T>(value: T): T;
}

function isSecretValue(value: unknown): value is { $secret: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { $secret?: unknown }).$secret === 'string'
  );
}

function mapSecrets(value: unknown, fn: (s: string) => string): unknown {
  if (isSecretValue(value)) return { $secret: fn(value.$secret) };
  if (Array.isArray(value)) return value.map((v) => mapSecrets(v, fn));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapSecrets(v, fn)]));
  }
  return value;
}

export function createSealer(keyBase64?: string): Sealer {
  const key = keyBase64 ? Buffer.from(keyBase64, 'base64') : randomBytes(32);
  const encrypt = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  };
  const decrypt = (sealed: string) => {
    if (!sealed.startsWith(SEALED_PREFIX)) return sealed;
    const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    seal: <T>(value: T) => mapSecrets(value, encrypt) as T,
    open: <T>(value: T) => mapSecrets(value, decrypt) as T,
  };
}
