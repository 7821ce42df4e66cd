import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse.ts';
import type { ChannelContext } from '../../../src/commands/types.ts';
import { en } from '../../../src/replies/catalog/en/index.ts';

/**
 * A problem's example is pasted as it is by an engineer under stress: every example that is a whole
 * command (not a flag fragment, not built from values) must parse, in a channel with a default cluster.
 */
const CONTEXT: ChannelContext = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

const commands = Object.entries(en as Record<string, string>).filter(([key, value]) => {
  if (!key.endsWith('.example') || value.includes('{')) return false;
  const parsed = parseCommand(value, { context: CONTEXT });
  return parsed.ok || !parsed.problems.some((problem) => problem.code === 'command.unknown');
});

describe('catalog examples that are commands', () => {
  it('are found (the filter keeps the commands)', () => {
    expect(commands.length).toBeGreaterThan(30);
  });

  it.each(commands)('%s parses: %s', (_key, example) => {
    const parsed = parseCommand(example, { context: CONTEXT });
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.code)).toEqual([]);
  });
});
