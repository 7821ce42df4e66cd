// All `-k` groups of a `flux create|update`: each parsed, names unique, combined names ≤ 62.
import { checkCombinedName, parseKustomizationGroup } from '../parse-kustomization-group.ts';
import { type Problem, problem } from '../problem.ts';
import type { KustomizationSpec } from '../types-flux.ts';

export function readKustomizationGroups(
  groups: readonly string[][],
  configName: string | undefined,
  problems: Problem[],
): KustomizationSpec[] {
  const specs: KustomizationSpec[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const parsed = parseKustomizationGroup(group);
    problems.push(...parsed.problems);
    if (!parsed.spec) continue;
    if (seen.has(parsed.spec.name)) problems.push(problem('kustomization.duplicate-name', { name: parsed.spec.name }));
    seen.add(parsed.spec.name);
    if (configName !== undefined) problems.push(...checkCombinedName(configName, parsed.spec.name));
    specs.push(parsed.spec);
  }
  return specs;
}
