import { fluxInstallBlocker } from '../../../src/azure/flux-install-guard.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { HandlerInput } from '../../handler.ts';
import type { ProgressLog } from './progress-log.ts';

/**
 * The guard rails before microsoft.flux is installed (extension create, and flux create's auto-install):
 *
 * Rules:
 * 1. An AKS cluster built with a service principal → refused, with the `az aks update
 *    --enable-managed-identity` that fixes it; nothing is sent.
 * 2. An OpenShift Arc cluster → without --yes refused, with the six `oc adm policy` lines to run first;
 *    with --yes (they ran) the install goes on and the lines stay on the message.
 * 3. Any other cluster → undefined: go on.
 */
export async function installGuardRail(
  ctx: Pick<HandlerInput, 'arm'>,
  log: ProgressLog,
  target: ClusterTarget,
  confirmed: boolean,
  rerun: string,
): Promise<Reply | undefined> {
  const blocker = await fluxInstallBlocker(ctx.arm, target);
  if (!blocker) return undefined;
  if (blocker.kind === 'service-principal') {
    return log.reply('failed', {
      text: `${target.clusterName} is an AKS cluster built with a service principal, and the microsoft.flux extension does not work on those; nothing was installed. Switch the cluster to managed identity first:\n\`az aks update -g ${blocker.resourceGroup} -n ${blocker.clusterName} --enable-managed-identity\`\nthen run this again.`,
    });
  }
  const lines = blocker.sccCommands.join('\n');
  if (!confirmed) {
    return log.reply('failed', {
      text: `${target.clusterName} runs OpenShift: Flux's controllers need the nonroot security context constraint before microsoft.flux is installed, or they will not start. Nothing was installed. Run these six lines with oc against the cluster:\n${lines}\nthen run this again with --yes (\`${rerun} --yes\`).`,
    });
  }
  log.note('openshift-scc', `OpenShift: going on with --yes, as the nonroot SCC lines were run:\n${lines}`);
  return undefined;
}
