// Flags every cluster command shares, plus az's output flags that fluxops accepts and ignores.
import type { FlagSpec } from './flag-spec.ts';

export const TARGET_FLAGS: readonly FlagSpec[] = [
  {
    name: '--resource-group',
    aliases: ['-g'],
    arity: 'value',
    example: 'flux-demo-rg',
    help: 'Resource group of the cluster.',
  },
  { name: '--cluster-name', aliases: ['-c'], arity: 'value', example: 'flux-demo-arc', help: 'Name of the cluster.' },
  {
    name: '--cluster-type',
    aliases: ['-t'],
    arity: 'value',
    example: 'connectedClusters',
    help: 'connectedClusters (Arc), managedClusters (AKS) or provisionedClusters.',
  },
  {
    name: '--cluster-resource-provider',
    aliases: ['--cluster-rp'],
    arity: 'value',
    example: 'Microsoft.HybridContainerService',
    help: 'Resource provider of the cluster; required for provisionedClusters.',
  },
  {
    name: '--subscription',
    arity: 'value',
    example: '00000000-0000-0000-0000-000000000000',
    help: 'Subscription of the cluster.',
  },
];

export const IGNORED_AZ_FLAGS: readonly FlagSpec[] = [
  { name: '--output', aliases: ['-o'], arity: 'value', ignored: true, help: 'az output format (ignored).' },
  { name: '--query', arity: 'value', ignored: true, help: 'az JMESPath query (ignored).' },
  { name: '--only-show-errors', arity: 'switch', ignored: true, help: 'az verbosity (ignored).' },
  { name: '--verbose', arity: 'switch', ignored: true, help: 'az verbosity (ignored).' },
  { name: '--debug', arity: 'switch', ignored: true, help: 'az verbosity (ignored).' },
];

export const YES_FLAG: FlagSpec = {
  name: '--yes',
  aliases: ['-y'],
  arity: 'switch',
  help: 'Accepted for paste parity with az; destructive commands still ask for Confirm unless an admin set `access policy confirm=allow-yes` in this channel.',
};
export const NO_WAIT_FLAG: FlagSpec = {
  name: '--no-wait',
  arity: 'switch',
  help: 'Do not wait for the long-running operation to finish.',
};

/** `alerts subscribe|setup --cluster`: a cluster name or a channel alias, kept as typed. */
export const ALERTS_CLUSTER_FLAG: FlagSpec = {
  name: '--cluster',
  arity: 'value',
  example: 'flux-demo-arc',
  help: 'Cluster name or alias.',
};
