import { RE2JS } from 're2js';
/**
 * A validator for the subset of OpenAPI v3 that Flux's notification-controller CRDs use in their
 * `openAPIV3Schema`: type (object, array, string, integer, boolean), properties, required, enum,
 * items, additionalProperties, pattern, minLength, maxLength, minimum, maximum. Deliberately small
 * and scoped to those CRDs: anything else (format, CEL `x-kubernetes-validations`) is not evaluated
 * but reported in `unchecked`, so a test can assert on it explicitly instead of trusting silence.
 * Patterns are the CRD's own, run on short strings fluxops itself renders.
 */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  'x-kubernetes-validations'?: { rule: string; message?: string }[];
  [other: string]: unknown;
}

export interface SchemaResult {
  errors: string[];
  /** CEL rules met on the way, with the path they apply to: not evaluated here. */
  unchecked: string[];
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function visit(schema: SchemaNode, value: unknown, path: string, out: SchemaResult): void {
  for (const rule of schema['x-kubernetes-validations'] ?? []) out.unchecked.push(`${path}: ${rule.rule}`);
  const actual = typeOf(value);
  if (schema.type && actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) {
    out.errors.push(`${path}: expected ${schema.type}, got ${actual}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) out.errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      out.errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      out.errors.push(`${path}: longer than ${schema.maxLength}`);
    // CRD patterns are Go (RE2) syntax: run them on RE2, as the API server does.
    if (schema.pattern && !RE2JS.compile(schema.pattern).matcher(value).find())
      out.errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) visit(schema.items, item, `${path}[${index}]`, out);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in object)) out.errors.push(`${path}.${name}: required`);
    for (const [name, child] of Object.entries(object)) {
      const declared = schema.properties?.[name];
      if (declared) visit(declared, child, `${path}.${name}`, out);
      else if (typeof schema.additionalProperties === 'object')
        visit(schema.additionalProperties, child, `${path}.${name}`, out);
      else if (schema.properties && schema.additionalProperties !== true)
        out.errors.push(`${path}.${name}: unknown field`);
    }
  }
}

export function validateAgainst(schema: SchemaNode, value: unknown): SchemaResult {
  const out: SchemaResult = { errors: [], unchecked: [] };
  visit(schema, value, '', out);
  return out;
}
