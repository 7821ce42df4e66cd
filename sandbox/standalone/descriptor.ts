// What the standalone sandbox tells a fluxops process about its one shared world (GET /sandbox/world):
// where each stand-in listens and what to trust there. Both sides import this file, so they cannot drift.

/** One sandbox cluster with a kube API stand-in: what a KubeConfig for it needs. */
interface DescribedCluster {
  name: string;
  resourceGroup: string;
  clusterType: string;
  clusterRp: string;
  /** Plain HTTP on loopback, like the embedded stand-ins. */
  server: string;
  /** The bearer token this cluster's API accepts (each cluster its own). */
  token: string;
}

export interface SandboxDescriptor {
  /** The subscription the ARM stand-in plays; a fluxops process must default to the same one. */
  subscriptionId: string;
  /** The ARM stand-in (HTTPS) and the CA its certificate is signed with. */
  arm: { url: string; caPem: string };
  /** The Resource Graph stand-in (HTTPS) over the same world. */
  resourceGraph: { url: string; caPem: string };
  /** Every seeded cluster; a cluster without a kube API (unreachable) is still listed by ARM, not here. */
  clusters: DescribedCluster[];
}

/** The control endpoint's paths, relative to FLUXOPS_SANDBOX_URL. */
export const SANDBOX_PATHS = {
  world: '/sandbox/world',
  requests: '/sandbox/requests',
  chat: '/sandbox/chat',
} as const;
