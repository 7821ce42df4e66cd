import { fluxInstallBlocker } from '../../../src/azure/flux-install-guard.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { t } from '../../../src/replies/catalog/index.ts';
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
  const { locale } = log;
  if (blocker.kind === 'service-principal') {
    const command = `\`az aks update -g ${blocker.resourceGroup} -n ${blocker.clusterName} --enable-managed-identity\``;
    return log.reply('failed', {
      text: t(locale, 'handler.guard.servicePrincipal', { cluster: target.clusterName, command }),
    });
  }
  const lines = blocker.sccCommands.join('\n');
  if (!confirmed) {
    return log.reply('failed', {
      text: t(locale, 'handler.guard.openshift', { cluster: target.clusterName, lines, rerun: `\`${rerun} --yes\`` }),
    });
  }
  log.note('openshift-scc', t(locale, 'handler.guard.openshiftConfirmed', { lines }));
  return undefined;
}
