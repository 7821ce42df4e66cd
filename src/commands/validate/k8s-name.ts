// Names of fluxConfigurations and kustomizations (docs/upstream.md §1.4 `__validate_k8s_cr_name`).
//
// Rules:
// 1. At most `max` characters (63 for both).
// 2. DNS subdomain characters: `^[a-z0-9]([.-a-z0-9]*[a-z0-9])?$`.
// 3. A leading/trailing hyphen or period gets its own message; any other mismatch says which characters
//    are allowed (the CLI repeats "Invalid --name" instead — a quirk not copied).
// 4. Length and character problems are both reported when both apply.
import { type Problem, problem } from '../problem.ts';
import type { ProblemPart } from '../problem-part.ts';

const DNS_SUBDOMAIN = /^[a-z0-9]([.\-a-z0-9]*[a-z0-9])?$/;

export function checkK8sName(value: string, flag: string | ProblemPart, exampleText: string, max = 63): Problem[] {
  const params = { flag, value, max, length: value.length, exampleText };
  const problems: Problem[] = [];
  if (value.length > max) problems.push(problem('name.too-long', params));
  if (!DNS_SUBDOMAIN.test(value)) {
    if (/^-|-$/.test(value)) problems.push(problem('name.edge-hyphen', params));
    else if (/^\.|\.$/.test(value)) problems.push(problem('name.edge-period', params));
    else problems.push(problem('name.invalid-chars', params));
  }
  return problems;
}
