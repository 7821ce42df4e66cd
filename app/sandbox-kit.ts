import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { FaultInjector } from '../sandbox/arm/faults.ts';
import { sandboxCredential, sandboxHttpClient } from '../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, startArmSandbox } from '../sandbox/arm/server.ts';
import { type KubeSandbox, startKubeSandbox } from '../sandbox/kube/kube-sandbox.ts';
import { sandboxChatIntercept } from '../sandbox/kube/sandbox-chat.ts';
import { sandboxKubeSource } from '../sandbox/kube/sandbox-kube-source.ts';
import { createSandboxResourceGraphClient } from '../sandbox/resource-graph/sdk-client.ts';
import { type ResourceGraphSandbox, startResourceGraphSandbox } from '../sandbox/resource-graph/server.ts';
import { createArmClient } from '../src/azure/arm-client.ts';
import type { KubeConfigSource } from '../src/cluster/access/kubeconfig-source.ts';
import type { ClusterTarget, ClusterType } from '../src/commands/types.ts';
import type { Config } from '../src/platform/config.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { SubmitDeps } from '../src/submit/submit-deps.ts';
import { sandboxHelpOverview } from './sandbox-help-overview.ts';
import { connectSharedSandbox } from './shared-sandbox-kit.ts';

/**
 * Sandbox mode's dev kit, started and wired here only (production code never imports sandbox/):
 * the HTTPS ARM stand-in, one kube API stand-in per cluster it knows, and, for fleet alerting, a
 * Resource Graph stand-in over the same world.
 */
export interface SandboxKit {
  /** Embedded only: the ARM stand-in of this process (a shared sandbox's lives in its own process). */
  arm?: ArmSandbox;
  /** Embedded only: this process's kube API stand-ins. */
  kube?: KubeSandbox;
  /** The real SDK client of one subscription, pointed at the ARM stand-in (its CA trusted). */
  armClient(subscriptionId: string): SourceControlConfigurationClient;
  /** Credentials for the sandbox clusters, tried before any configured source. */
  kubeSource: KubeConfigSource;
  /** Every sandbox cluster: sandbox mode watches them all. */
  watchTargets(): ClusterTarget[];
  /** Starts the Resource Graph stand-in on first use. */
  resourceGraph(): Promise<ResourceGraphClient>;
  /** `sandbox oom|fail|recover|drift …` from any chat pull the kube stand-ins' fault levers. */
  intercept: NonNullable<SubmitDeps['intercept']>;
  close(): Promise<void>;
}

/** SANDBOX_FAULTS is the stand-in's syntax, so its parser checks it: a typo stops start-up with one line. */
export function checkSandboxFaults(spec: string): string | undefined {
  try {
    new FaultInjector().parse(spec);
    return undefined;
  } catch (error) {
    return String((error as Error).message).replace(/^SANDBOX_FAULTS: /, '');
  }
}

/** Sandbox mode's kit: the shared standalone sandbox when FLUXOPS_SANDBOX_URL names one, else embedded stand-ins. */
export async function openSandboxKit(config: Config, logger: Logger): Promise<SandboxKit> {
  const url = config.sandboxOptions.url;
  return url ? connectSharedSandbox(url, config.azure.subscriptionId, logger) : startSandboxKit(config, logger);
}

async function startSandboxKit(config: Config, logger: Logger): Promise<SandboxKit> {
  const arm = await startArmSandbox({
    subscriptionId: config.azure.subscriptionId,
    reconcileMs: config.sandboxOptions.reconcileMs,
    agentRelayMs: config.sandboxOptions.agentRelayMs,
    operationDelayMs: config.sandboxOptions.operationMs,
    faults: config.sandboxOptions.faults,
  });
  logger.info({ url: arm.url }, 'sandbox ARM stand-in listening (HTTPS, self-signed CA trusted by this process only)');
  const kube = await startKubeSandbox({ world: arm.world });
  logger.info({ clusters: kube.clusters.length }, 'sandbox kube API stand-ins listening (HTTP, loopback)');
  let graph: ResourceGraphSandbox | undefined;
  const httpClient = sandboxHttpClient(arm.caPem);
  return {
    arm,
    kube,
    armClient: (subscriptionId) =>
      createArmClient({ subscriptionId, endpoint: arm.url, credential: sandboxCredential(), httpClient }),
    kubeSource: sandboxKubeSource(kube),
    watchTargets: () =>
      arm.world.clusters().map((c) => ({
        resourceGroup: c.resourceGroup,
        clusterName: c.name,
        clusterType: c.clusterType as ClusterType,
        clusterRp: c.clusterRp,
      })),
    async resourceGraph() {
      graph ??= await startResourceGraphSandbox(arm.world);
      return createSandboxResourceGraphClient(graph);
    },
    intercept: sandboxChatIntercept(kube, { helpOverview: sandboxHelpOverview }),
    async close() {
      await graph?.close();
      await kube.close();
      await arm.close();
    },
  };
}
