/**
 * Channel context (`use`, `context`) and cluster target resolution: flags win field by field, the
 * context fills the rest, and a command with neither names `use`.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/commands/format-problems.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { CONTEXT, messagesOf, parseOk } from '../support/commands/parse.ts';

describe('use', () => {
  it('produces the typed use command with alias and subscription', () => {
    const command = parseOk('use -g rg1 -c aks1 -t managedclusters --subscription 0000-1111 --alias prod', null);
    expect(command).toMatchObject({
      kind: 'use',
      safety: 'mutating',
      context: {
        resourceGroup: 'rg1',
        clusterName: 'aks1',
        clusterType: 'managedClusters',
        clusterRp: 'Microsoft.ContainerService',
        subscriptionId: '0000-1111',
        alias: 'prod',
      },
      display: 'use -g rg1 -c aks1 -t managedClusters --subscription 0000-1111 --alias prod',
    });
  });

  it('takes the cluster name as a bare word and keeps the rest of the current context', () => {
    const command = parseOk('use other-arc');
    expect(command.kind === 'use' && command.context).toEqual({ ...CONTEXT, clusterName: 'other-arc' });
  });

  it('names what is missing', () => {
    expect(messagesOf('use -c aks1', null)).toEqual([
      '`use` needs the resource group, cluster name and cluster type (missing -g/--resource-group, -t/--cluster-type).',
    ]);
  });
});

describe('target resolution', () => {
  it('suggests the nearest cluster type for a -t typo', () => {
    const result = parseCommand('flux list -g rg1 -c arc1 -t connectedCluster');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.find((p) => p.code === 'target.cluster-type')?.suggestion).toBe(
      'Did you mean connectedClusters?',
    );
  });

  it('uses the context when the command has no cluster flags', () => {
    expect(parseOk('flux list').target).toEqual(CONTEXT);
  });

  it('lets explicit flags win field by field, deriving the RP from the type', () => {
    expect(parseOk('flux list -c aks2 -t managedClusters').target).toEqual({
      resourceGroup: 'flux-demo-rg',
      clusterName: 'aks2',
      clusterType: 'managedClusters',
      clusterRp: 'Microsoft.ContainerService',
    });
  });

  it('uses defaultSubscriptionId when neither flag nor context has one', () => {
    const result = parseCommand('flux list', { context: CONTEXT, defaultSubscriptionId: 'sub-1' });
    expect(result.ok && result.command.target?.subscriptionId).toBe('sub-1');
  });

  it('errors with a pointer to `use` when there is no cluster at all', () => {
    const result = parseCommand('flux show cluster-config');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.helpTopic).toBe('use');
    expect(formatProblems(result.problems, result.helpTopic)).toBe(
      [
        '• This command needs a cluster, but the channel has no default and the command does not name one (missing -g/--resource-group, -c/--cluster-name, -t/--cluster-type).',
        '  Accepted: Set the channel default once with `use`, or pass -g, -c and -t on the command.',
        '  Example: use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
        'See `help use`.',
      ].join('\n'),
    );
  });

  it('says a docs placeholder is one when the channel has no default to take instead', () => {
    expect(messagesOf('flux list -g <resource-group> -c flux-demo-arc -t connectedClusters', null)).toEqual([
      '--resource-group <resource-group> is a placeholder from the docs, and the channel has no default to use instead.',
    ]);
    expect(messagesOf('flux list -g <resource-group>', null)).toEqual([
      '--resource-group <resource-group> is a placeholder from the docs, and the channel has no default to use instead.',
      'This command needs a cluster, but the channel has no default and the command does not name one (missing -c/--cluster-name, -t/--cluster-type).',
    ]);
  });

  it.each([
    ['flux list -t appliances', "Cluster type 'appliances' is not supported."],
    [
      'flux list -t provisionedClusters',
      "A Cluster Resource Provider value is required for cluster type 'provisionedClusters'.",
    ],
    [
      'flux list -t managedClusters --cluster-rp Microsoft.Kubernetes',
      "Cluster type 'managedClusters' and Cluster Resource Provider 'Microsoft.Kubernetes' combination is not supported.",
    ],
    ['flux list -g "rg/../x"', "Invalid --resource-group 'rg/../x'."],
    ['flux list -c "a b"', "Invalid --cluster-name 'a b'."],
  ])('%s', (text, message) => {
    expect(messagesOf(text)).toEqual([message]);
  });

  it('accepts provisionedClusters with the hybrid RP in any case', () => {
    expect(
      parseOk('flux list -t provisionedClusters --cluster-rp microsoft.hybridcontainerservice').target?.clusterRp,
    ).toBe('Microsoft.HybridContainerService');
  });

  it('shows the context command', () => {
    expect(parseOk('context')).toMatchObject({ kind: 'context', safety: 'read-only', display: 'context' });
  });
});
