// One way to get credentials for a cluster. Sources are tried in order; `undefined` means "not mine".
import type { KubeConfig } from '@kubernetes/client-node';
import type { ClusterTarget } from '../../commands/types.ts';

export interface KubeConfigSource {
  /** Shown in logs ("cluster flux-demo-aks via aks-user-credentials"); never a secret. */
  name: string;
  resolve(target: ClusterTarget): Promise<KubeConfig | undefined>;
}
