// Replace every SecretValue in a value with a masked one, for logs, audit and replies.
//
// Rules:
// 1. Any plain object whose only key is `$secret` (a string) is a SecretValue and becomes
//    `{ $secret: '••••' }` — never the value or its length.
// 2. Arrays and plain objects are copied recursively; other values are returned as they are.
// 3. The input is never mutated; cycles are cut (a repeated object becomes the copy made for it).
import { SECRET_MASK } from './display/display-words.ts';

function isSecretValue(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$secret' && typeof (value as { $secret: unknown }).$secret === 'string';
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copy(item, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  if (isSecretValue(value)) return { $secret: SECRET_MASK };
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: copy(item, seen), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function redact<T>(value: T): T {
  return copy(value, new Map()) as T;
}
