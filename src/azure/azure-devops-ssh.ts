import type { ClusterTarget } from '../commands/types.ts';
import { type Locale, t } from '../replies/catalog/index.ts';

/**
 * Azure DevOps dropped SSH-RSA; Flux then fails with "SSH-RSA deprecated/unsupported" errors unless
 * source-controller uses rsa-sha2 host key algorithms (tutorial, "ssh-host-key-args"; ext ≥ 1.9.1).
 * Returns advice for Azure DevOps SSH URLs whose extension lacks the setting, otherwise undefined.
 */
const RSA_SHA2_HOST_KEY_ARGS = '--ssh-hostkey-algos=rsa-sha2-512,rsa-sha2-256';

const AZURE_DEVOPS_SSH =
  /^(ssh:\/\/([^@/]+@)?[^/]*(dev\.azure\.com|vs-ssh\.visualstudio\.com)|git@(ssh\.dev\.azure\.com|vs-ssh\.visualstudio\.com))/i;

export function isAzureDevOpsSshUrl(url: string): boolean {
  return AZURE_DEVOPS_SSH.test(url.trim());
}

export function azureDevOpsSshAdvice(
  url: string | undefined,
  settings: Record<string, string> | undefined,
  target: ClusterTarget,
  extensionName: string,
  locale: Locale = 'en',
): string | undefined {
  if (!url || !isAzureDevOpsSshUrl(url)) return undefined;
  if (settings?.['source-controller.ssh-host-key-args']?.includes('rsa-sha2')) return undefined;
  const command =
    `az k8s-extension update -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType} -n ${extensionName} ` +
    `--config source-controller.ssh-host-key-args="${RSA_SHA2_HOST_KEY_ARGS}"`;
  return t(locale, 'handler.advice.azureDevOpsSsh', { command });
}
