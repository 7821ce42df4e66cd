// Which cluster a command acts on: explicit flags, then the channel context, then nothing.
//
// Rules:
// 1. Each of -g, -c, -t, --cluster-rp, --subscription wins over the context field by field; a
//    documentation placeholder (`<resource-group>`) counts as not given (with a warning), so a pasted
//    tutorial command runs against the channel's cluster.
// 2. Subscription: --subscription, else the context's, else the parser's `defaultSubscriptionId`.
// 3. Cluster type is matched case-insensitively and must be connected/managed/provisionedClusters.
// 4. Cluster RP follows the type (docs/upstream.md §1.4 `get_cluster_rp_api_version`): connectedClusters →
//    Microsoft.Kubernetes, managedClusters → Microsoft.ContainerService, provisionedClusters needs
//    --cluster-rp Microsoft.HybridContainerService; an explicit RP must match its type.
// 5. Missing resource group, cluster name or type is one problem naming `use`.
import { type CommandWarning, warning } from './command-warning.ts';
import type { ParsedFlags } from './flags/parse-flags.ts';
import { nearestWord } from './nearest-word.ts';
import { isPlaceholder } from './placeholder.ts';
import { type Problem, problem } from './problem.ts';
import type { ChannelContext, ClusterTarget, ClusterType } from './types.ts';

export interface ParseOptions {
  context?: ChannelContext;
  defaultSubscriptionId?: string;
}

const CLUSTER_TYPES: readonly ClusterType[] = ['connectedClusters', 'managedClusters', 'provisionedClusters'];
const RP_FOR_TYPE: Record<ClusterType, string> = {
  connectedClusters: 'Microsoft.Kubernetes',
  managedClusters: 'Microsoft.ContainerService',
  provisionedClusters: 'Microsoft.HybridContainerService',
};

function normalizeClusterType(value: string): ClusterType | undefined {
  return CLUSTER_TYPES.find((type) => type.toLowerCase() === value.toLowerCase());
}

export interface TargetResult {
  target?: ClusterTarget;
  /** Flags neither given nor in the context, e.g. `-g/--resource-group`. */
  missing: string[];
  problems: Problem[];
  warnings: CommandWarning[];
}

export function resolveTarget(flags: ParsedFlags, options: ParseOptions): TargetResult {
  const problems: Problem[] = [];
  const warnings: CommandWarning[] = [];
  const context = options.context;
  // Flags given as a docs placeholder with no channel default to take instead: said as such, not as missing.
  const placeheld = new Set<string>();
  const pick = (flag: string, fromContext: string | undefined): string | undefined => {
    const given = flags.values.get(flag);
    if (given !== undefined && isPlaceholder(given)) {
      if (fromContext !== undefined) {
        warnings.push(warning('warning.placeholder-target', { flag, value: given, resolved: fromContext }));
      } else {
        placeheld.add(flag);
        problems.push(problem('target.placeholder', { flag, value: given }));
      }
      return fromContext;
    }
    return given ?? fromContext;
  };
  const resourceGroup = pick('--resource-group', context?.resourceGroup);
  const clusterName = pick('--cluster-name', context?.clusterName);
  const typeText = pick('--cluster-type', context?.clusterType);
  const subscriptionId = pick('--subscription', context?.subscriptionId) ?? options.defaultSubscriptionId;

  const missing = [
    resourceGroup === undefined && !placeheld.has('--resource-group') ? '-g/--resource-group' : undefined,
    clusterName === undefined && !placeheld.has('--cluster-name') ? '-c/--cluster-name' : undefined,
    typeText === undefined && !placeheld.has('--cluster-type') ? '-t/--cluster-type' : undefined,
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) problems.push(problem('target.missing', { missing: missing.join(', ') }));

  const clusterType = typeText === undefined ? undefined : normalizeClusterType(typeText);
  if (typeText !== undefined && clusterType === undefined)
    problems.push(problem('target.cluster-type', { value: typeText }, nearestWord(typeText, CLUSTER_TYPES)));

  let clusterRp: string | undefined;
  if (clusterType !== undefined) {
    const explicitRp = flags.values.get('--cluster-resource-provider');
    const contextRp = context?.clusterType === clusterType ? context.clusterRp : undefined;
    const givenRp = explicitRp !== undefined && !isPlaceholder(explicitRp) ? explicitRp : contextRp;
    const expected = RP_FOR_TYPE[clusterType];
    if (givenRp === undefined) {
      if (clusterType === 'provisionedClusters')
        problems.push(problem('target.cluster-rp-required', { type: clusterType }));
      else clusterRp = expected;
    } else if (givenRp.toLowerCase() === expected.toLowerCase()) {
      clusterRp = expected;
    } else {
      const accepted = `--cluster-rp ${expected} for ${clusterType}`;
      problems.push(
        problem('target.cluster-rp-combination', { type: clusterType, rp: givenRp, accepted, rpExample: expected }),
      );
    }
  }
  problems.push(...checkTargetNames(resourceGroup, clusterName, subscriptionId));
  if (problems.length > 0 || !resourceGroup || !clusterName || !clusterType || !clusterRp)
    return { problems, warnings, missing };
  const target: ClusterTarget = { resourceGroup, clusterName, clusterType, clusterRp };
  if (subscriptionId !== undefined) target.subscriptionId = subscriptionId;
  return { target, problems, warnings, missing };
}

/** These values end up in ARM URL paths, so anything that could alter the path is refused here. */
function checkTargetNames(resourceGroup?: string, clusterName?: string, subscriptionId?: string): Problem[] {
  const problems: Problem[] = [];
  if (resourceGroup !== undefined && !/^[-\p{L}\p{N}_.()]{1,90}$/u.test(resourceGroup)) {
    problems.push(problem('target.resource-group', { value: resourceGroup }));
  } else if (resourceGroup?.endsWith('.')) {
    problems.push(problem('target.resource-group', { value: resourceGroup }));
  }
  if (clusterName !== undefined && !/^[A-Za-z0-9][-\w]{0,62}$/.test(clusterName)) {
    problems.push(problem('target.cluster-name', { value: clusterName }));
  }
  if (subscriptionId !== undefined && !/^[A-Za-z0-9][-\w. ]{0,63}$/.test(subscriptionId.trim())) {
    problems.push(problem('target.subscription', { value: subscriptionId }));
  }
  return problems;
}
