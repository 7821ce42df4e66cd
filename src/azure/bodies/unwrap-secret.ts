// Secret values leave their SecretValue wrapper only here, on the way into an ARM request body.
import type { SecretValue } from '../../commands/types.ts';

export function unwrapSecret(value: SecretValue): string {
  return value.$secret;
}

/** The CLI base64-encodes --https-key and --bucket-secret-key before sending them (`to_base64`). */
export function toBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Copies only the defined entries, so optional fields never appear as `undefined` in JSON. */
export function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
