import type { Command } from '../commands/types.ts';
import { describeCluster } from '../replies/submit-replies.ts';

/**
 * One sentence saying what a destructive command will do, shown above Confirm/Cancel at once (no
 * Azure call fits in Slack's 3-second ack). What live state says — the workloads prune removes, the
 * configurations an extension delete strands — follows as a preview that updates the prompt
 * (confirm-preview.ts), and handlers re-check it before acting.
 */
export function destructiveSummary(command: Command): string {
  const where = command.target ? ` on ${describeCluster(command.target)}` : '';
  const name = 'name' in command && typeof command.name === 'string' ? ` "${command.name}"` : '';
  switch (command.kind) {
    case 'flux.delete':
      return `This deletes flux configuration${name}${where}. Kustomizations with prune=true also delete the workloads they deployed.`;
    case 'extension.delete':
      return `This uninstalls the Flux extension${name}${where}. Flux stops reconciling every configuration on the cluster.`;
    case 'kustomization.delete':
      return `This removes a kustomization from configuration${name}${where}; with prune=true its workloads are deleted.`;
    case 'suspend':
      return `This suspends${name}${where}: Flux stops applying changes until it is resumed.`;
    default:
      return `This changes${where} in a way that can remove workloads or stop deployments: ${command.display}`;
  }
}
