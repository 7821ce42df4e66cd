// Extension settings maps for request bodies: copies (never the command's own objects), undefined when empty.
import type { SecretValue } from '../../commands/types.ts';
import { unwrapSecret } from './unwrap-secret.ts';

function copyEntries<V, R>(record: Record<string, V>, map: (value: V) => R): Record<string, R> | undefined {
  const entries = Object.entries(record);
  if (entries.length === 0) return undefined;
  const out: Record<string, R> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value: map(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function plainSettings(settings: Record<string, string>): Record<string, string> | undefined {
  return copyEntries(settings, (value) => value);
}

export function secretSettings(settings: Record<string, SecretValue>): Record<string, string> | undefined {
  return copyEntries(settings, unwrapSecret);
}
