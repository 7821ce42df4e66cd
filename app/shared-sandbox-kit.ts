import { sandboxCredential, sandboxHttpClient } from '../sandbox/arm/sdk-client.ts';
import { type SandboxChatCommand, sandboxChatInterceptVia } from '../sandbox/kube/sandbox-chat.ts';
import { standInKubeConfig } from '../sandbox/kube/stand-in-kube-config.ts';
import { createSandboxResourceGraphClient } from '../sandbox/resource-graph/sdk-client.ts';
import { SANDBOX_PATHS, type SandboxDescriptor } from '../sandbox/standalone/descriptor.ts';
import { createArmClient } from '../src/azure/arm-client.ts';
import type { ClusterType } from '../src/commands/types.ts';
import { ConfigError } from '../src/platform/config.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { Reply } from '../src/replies/reply.ts';
import { sandboxHelpOverview } from './sandbox-help-overview.ts';
import type { SandboxKit } from './sandbox-kit.ts';

/** How long start-up waits for `npm run sandbox` to answer (it may be starting alongside). */
const REACH_MS = 30_000;

/** GET /sandbox/world, retried while the sandbox process is still starting; a clear error after `reachMs`. */
async function describeWorld(url: string, logger: Logger, reachMs: number): Promise<SandboxDescriptor> {
  const deadline = Date.now() + reachMs;
  let problem = '';
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(new URL(SANDBOX_PATHS.world, url), { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return (await response.json()) as SandboxDescriptor;
      problem = `it answered HTTP ${response.status}`;
    } catch (error) {
      problem = (error as Error).message;
    }
    if (Date.now() >= deadline) break;
    if (attempt === 0) logger.info({ url }, 'waiting for the standalone sandbox (npm run sandbox) to answer');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new ConfigError(
    `Invalid FLUXOPS_SANDBOX_URL=${JSON.stringify(url)}: no standalone sandbox answered ${SANDBOX_PATHS.world} within ${reachMs / 1000} s (${problem}); start one with \`npm run sandbox\` and use the URL it logs. Example: FLUXOPS_SANDBOX_URL=http://127.0.0.1:3990`,
  );
}

/**
 * Sandbox mode against the standalone sandbox (FLUXOPS_SANDBOX_URL): the same ports the embedded kit
 * fills, pointed at the stand-ins of another process. Its CA is trusted by this process's sandbox
 * clients only (never globally), and its simulated agent, timers and request log stay over there, so
 * any number of web and worker processes see one world.
 */
export async function connectSharedSandbox(
  url: string,
  subscriptionId: string,
  logger: Logger,
  reachMs = REACH_MS,
): Promise<SandboxKit> {
  const world = await describeWorld(url, logger, reachMs);
  // Rule: both sides must play the same subscription, or every command would meet a 404.
  if (world.subscriptionId.toLowerCase() !== subscriptionId.toLowerCase()) {
    throw new ConfigError(
      `Invalid AZURE_SUBSCRIPTION_ID=${JSON.stringify(subscriptionId)}: the sandbox at FLUXOPS_SANDBOX_URL plays subscription ${world.subscriptionId}; give both processes the same one. Example: AZURE_SUBSCRIPTION_ID=${world.subscriptionId}`,
    );
  }
  logger.info(
    { url, arm: world.arm.url, clusters: world.clusters.length },
    'sandbox mode against the standalone sandbox (its CA trusted by this process only)',
  );
  const httpClient = sandboxHttpClient(world.arm.caPem);
  const runLever = async (command: SandboxChatCommand): Promise<Reply> => {
    const text = `sandbox ${command.action} ${command.subject} -c ${command.cluster}`;
    const response = await fetch(new URL(SANDBOX_PATHS.chat, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return { title: text, status: 'failed', text: `The sandbox answered HTTP ${response.status}.` };
    return (await response.json()) as Reply;
  };
  return {
    armClient: (id) =>
      createArmClient({ subscriptionId: id, endpoint: world.arm.url, credential: sandboxCredential(), httpClient }),
    kubeSource: {
      name: 'sandbox',
      async resolve(target) {
        const cluster = world.clusters.find(
          (c) =>
            c.name.toLowerCase() === target.clusterName.toLowerCase() &&
            (!target.resourceGroup || c.resourceGroup.toLowerCase() === target.resourceGroup.toLowerCase()),
        );
        return cluster ? standInKubeConfig(cluster) : undefined;
      },
    },
    watchTargets: () =>
      world.clusters.map((c) => ({
        resourceGroup: c.resourceGroup,
        clusterName: c.name,
        clusterType: c.clusterType as ClusterType,
        clusterRp: c.clusterRp,
      })),
    resourceGraph: async () => createSandboxResourceGraphClient(world.resourceGraph),
    intercept: sandboxChatInterceptVia(runLever, { helpOverview: sandboxHelpOverview }),
    async close() {},
  };
}
