// The sandbox as its own process's content (`npm run sandbox`): one ARM stand-in with its simulated
// Flux agent and operation scheduler, one kube API stand-in per cluster, the Resource Graph stand-in,
// and the control endpoint that tells any number of fluxops processes how to reach them. The world,
// its timers and its request log exist once, here, whatever the number of web and worker processes.
import { type ArmSandbox, type ArmSandboxOptions, startArmSandbox } from '../arm/server.ts';
import { type KubeSandbox, startKubeSandbox } from '../kube/kube-sandbox.ts';
import { startResourceGraphSandbox } from '../resource-graph/server.ts';
import { startControlServer } from './control-server.ts';
import type { SandboxDescriptor } from './descriptor.ts';

export interface StandaloneSandbox {
  /** The control endpoint: what FLUXOPS_SANDBOX_URL is set to. */
  url: string;
  arm: ArmSandbox;
  kube: KubeSandbox;
  close(): Promise<void>;
}

export async function startStandaloneSandbox(
  options: ArmSandboxOptions & { controlPort: number },
): Promise<StandaloneSandbox> {
  const arm = await startArmSandbox(options);
  const kube = await startKubeSandbox({ world: arm.world });
  const graph = await startResourceGraphSandbox(arm.world);
  const describe = (): SandboxDescriptor => ({
    subscriptionId: options.subscriptionId,
    arm: { url: arm.url, caPem: arm.caPem },
    resourceGraph: { url: graph.url, caPem: graph.caPem },
    clusters: arm.world.clusters().flatMap((c) => {
      const stand = kube.cluster(c.name, c.resourceGroup);
      if (!stand) return [];
      return [
        {
          name: c.name,
          resourceGroup: c.resourceGroup,
          clusterType: c.clusterType,
          clusterRp: c.clusterRp,
          server: stand.server.url,
          token: stand.options.token,
        },
      ];
    }),
  });
  const control = await startControlServer({ describe, requests: arm.requests, kube, port: options.controlPort });
  return {
    url: control.url,
    arm,
    kube,
    async close() {
      await control.close();
      await graph.close();
      await kube.close();
      await arm.close();
    },
  };
}
