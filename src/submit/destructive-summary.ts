import type { Command } from '../commands/types.ts';
import { describeCluster } from '../replies/submit-replies.ts';

/**
 * One sentence saying what a destructive command will do, shown above Confirm/Cancel at once (no
 * Azure call fits in Slack's 3-second ack). What live state says — the workloads prune removes, the
 * configurations an extension delete strands — follows as a preview that updates the prompt
 * (confirm-preview.ts), and handlers re-check it before acting.
 */
/** Why a flux or extension update counts as destructive, in the words of the risk it carries. */
function updateRisks(command: Command): string[] {
  const risks: string[] = [];
  if (command.kind === 'flux.update') {
    if (command.source?.url) risks.push(`points the configuration at another source (${command.source.url})`);
    if (command.source?.ref) risks.push('changes the git ref Flux deploys from');
    if (command.suspend) risks.push('suspends reconciliation');
    for (const k of command.kustomizations)
      if (k.prune === false) risks.push(`turns prune off for kustomization ${k.name}`);
  }
  if (command.kind === 'extension.update') {
    for (const [key, value] of Object.entries(command.configurationSettings)) {
      if (key.endsWith('.enabled') && value === 'false') risks.push(`disables ${key.slice(0, -'.enabled'.length)}`);
    }
  }
  return risks;
}

export function destructiveSummary(command: Command): string {
  const where = command.target ? ` on ${describeCluster(command.target)}` : '';
  switch (command.kind) {
    case 'flux.delete':
      return `This deletes flux configuration "${command.name}"${where}. Kustomizations with prune=true also delete the workloads they deployed.`;
    case 'extension.delete':
      return `This uninstalls the Flux extension "${command.extensionName}"${where}. fluxops refuses while flux configurations still use it.`;
    case 'kustomization.delete':
      return `This removes kustomization "${command.kustomizationName}" from configuration "${command.configName}"${where}; with prune=true its workloads are deleted.`;
    case 'suspend':
      return `This suspends "${command.name}"${where}: Flux stops applying changes to it until it is resumed.`;
    default: {
      const risks = updateRisks(command);
      const what = risks.length ? risks.join('; ') : 'can remove workloads or stop deployments';
      return `This change${where} ${what}.`;
    }
  }
}
