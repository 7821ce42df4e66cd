// Small typed readers for request bodies that collect every problem (with its JSON path) instead of
// stopping at the first, so a 400 lists all mistakes like ARM's validation details do.
import type { ValidationProblem } from './errors.ts';
import type { JsonObject } from './model.ts';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class BodyReader {
  readonly problems: ValidationProblem[] = [];

  problem(target: string, message: string, code?: string): void {
    this.problems.push({ target, message, code });
  }

  /** An object at `target`; `undefined` when absent/null (reported only if required). */
  object(value: unknown, target: string, required = false): JsonObject | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(target, `The '${target}' property is required.`);
      return undefined;
    }
    if (!isObject(value)) {
      this.problem(target, `The '${target}' property must be an object.`);
      return undefined;
    }
    return value;
  }

  string(owner: JsonObject, key: string, path: string, required = false): string | undefined {
    const value = owner[key];
    const target = `${path}.${key}`;
    if (value === undefined || value === null) {
      if (required) this.problem(target, `The '${target}' property is required.`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(target, `The '${target}' property must be a string.`);
      return undefined;
    }
    if (required && value.trim() === '') this.problem(target, `The '${target}' property must not be empty.`);
    return value;
  }

  /** JSON booleans only: the CLI's habit of sending "true" as a string is a bug the sandbox should surface. */
  boolean(owner: JsonObject, key: string, path: string): boolean | undefined {
    const value = owner[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(
        `${path}.${key}`,
        `The '${path}.${key}' property must be a JSON boolean, not ${JSON.stringify(value)}.`,
      );
      return undefined;
    }
    return value;
  }

  /** `…InSeconds` fields: positive whole seconds (int64 in the REST contract). */
  seconds(owner: JsonObject, key: string, path: string): number | undefined {
    const value = owner[key];
    if (value === undefined || value === null) return undefined;
    // The spec gives no minimum: 0 is accepted (e.g. retryIntervalInSeconds: 0), as ARM accepts it.
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.problem(`${path}.${key}`, `The '${path}.${key}' property must be a whole number of seconds, 0 or more.`);
      return undefined;
    }
    return value;
  }

  /** A `{string: string}` map; `null` values are kept so PATCH can use them as deletions. */
  stringMap(
    owner: JsonObject,
    key: string,
    path: string,
    allowNull = false,
  ): Record<string, string | null> | undefined {
    const value = owner[key];
    if (value === undefined || value === null) return undefined;
    const target = `${path}.${key}`;
    if (!isObject(value)) {
      this.problem(target, `The '${target}' property must be an object of string values.`);
      return undefined;
    }
    const result: Record<string, string | null> = {};
    for (const [entryKey, entryValue] of Object.entries(value)) {
      if (typeof entryValue === 'string' || (allowNull && entryValue === null)) result[entryKey] = entryValue;
      else this.problem(`${target}['${entryKey}']`, `The value of '${target}['${entryKey}']' must be a string.`);
    }
    return result;
  }
}

/** Drops null entries (a PUT has nothing to delete, so null just means "not set"). */
export function withoutNulls(map: Record<string, string | null> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(map ?? {})) if (value !== null) result[key] = value;
  return result;
}

/** PATCH semantics for maps: keys with null are removed, others replace. */
export function mergeMap(
  base: Record<string, string>,
  patch: Record<string, string | null> | undefined,
): Record<string, string> {
  const result = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result;
}
