import { describe, expect, it } from 'vitest';
import { impactSummary } from '../../../src/commands/kinds/index.ts';
import { parseCommand } from '../../../src/commands/parse.ts';

const arc = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const where = 'on flux-demo-arc (connectedClusters, resource group flux-demo-rg)';

function summaryOf(text: string): string {
  const parsed = parseCommand(`${text} ${arc}`);
  if (!parsed.ok) throw new Error(`fixture must parse: ${JSON.stringify(parsed.problems)}`);
  return impactSummary(parsed.command);
}

describe('destructiveSummary', () => {
  it.each([
    [
      'flux delete -n cluster-config',
      `This deletes flux configuration "cluster-config" ${where}. Kustomizations with prune=true also delete the workloads they deployed.`,
    ],
    [
      'flux kustomization delete -n cluster-config -k apps',
      `This removes kustomization "apps" from configuration "cluster-config" ${where}; with prune=true its workloads are deleted.`,
    ],
    ['suspend podinfo', `This suspends "podinfo" ${where}: Flux stops applying changes to it until it is resumed.`],
    ['controllers disable helm-controller', `This change ${where} disables helm-controller.`],
  ])('names what `%s` will do', (command, summary) => {
    expect(summaryOf(command)).toBe(summary);
  });
});
