// Namespaces (docs/upstream.md §1.4 `validate_namespace`, §6).
//
// Rules:
// 1. A Kubernetes namespace is a DNS-1123 label: at most 63 characters (the CLI allows 253 — a quirk not
//    copied, Kubernetes would reject it later).
// 2. `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`: no periods, no leading/trailing hyphen.
import { type Problem, problem } from '../problem.ts';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkNamespace(value: string, flag: string): Problem[] {
  const params = { flag, value, length: value.length };
  const problems: Problem[] = [];
  if (value.length > 63) problems.push(problem('namespace.too-long', params));
  if (!DNS_LABEL.test(value)) {
    if (/^-|-$/.test(value)) problems.push(problem('namespace.edge-hyphen', params));
    else problems.push(problem('namespace.invalid-chars', params));
  }
  return problems;
}
