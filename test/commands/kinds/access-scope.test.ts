import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse.ts';

/** `access grant|revoke --scope`: an ARM id of a subscription, resource group or cluster, else a clear problem. */
describe('access --scope', () => {
  const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

  it.each([
    SUB,
    `${SUB}/resourceGroups/flux-demo-rg`,
    `${SUB}/resourceGroups/flux-demo-rg/providers/Microsoft.Kubernetes/connectedClusters/flux-demo-arc/`,
  ])('accepts %s', (scope) => {
    const parsed = parseCommand(`access grant operator @U012AB3CD --scope ${scope}`);
    expect(parsed.ok && parsed.command.kind === 'access.grant' && parsed.command.scope).toBe(scope.replace(/\/$/, ''));
    expect(parsed.ok && parsed.command.display).toBe(
      `access grant operator @U012AB3CD --scope ${scope.replace(/\/$/, '')}`,
    );
  });

  it.each(['flux-demo-rg', `${SUB}/flux-demo-rg`, `${SUB}/resourceGroups/rg/providers/Microsoft.Kubernetes`])(
    'refuses %s with the accepted forms and an example',
    (scope) => {
      const parsed = parseCommand(`access revoke --channel --scope ${scope}`);
      expect(parsed.ok).toBe(false);
      const problem = !parsed.ok ? parsed.problems.find((p) => p.code === 'access.bad-scope') : undefined;
      expect(problem?.message).toBe(
        `--scope '${scope}' is not the ARM id of a subscription, a resource group or a cluster.`,
      );
      expect(problem?.accepted).toContain('/subscriptions/SUBSCRIPTION_ID');
      expect(problem?.example).toBe(
        '--scope /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/flux-demo-rg',
      );
    },
  );
});
