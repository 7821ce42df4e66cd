/**
 * ARM answers `MissingSubscriptionRegistration` when the subscription has not registered a resource
 * provider. The tutorial's prerequisites register three; we name them instead of echoing the code.
 */
const PROVIDER_REGISTRATION_COMMANDS: readonly string[] = [
  'az provider register --namespace Microsoft.Kubernetes',
  'az provider register --namespace Microsoft.ContainerService',
  'az provider register --namespace Microsoft.KubernetesConfiguration',
];

export function isMissingRegistration(code: string): boolean {
  return code === 'MissingSubscriptionRegistration';
}

export function registrationAdvice(): string {
  return `The subscription has not registered the resource providers GitOps needs. Run these once (registration takes a few minutes; \`az provider show -n Microsoft.KubernetesConfiguration -o table\` shows when it is done):\n${PROVIDER_REGISTRATION_COMMANDS.join('\n')}`;
}
