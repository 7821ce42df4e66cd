import { type Locale, t } from '../replies/catalog/index.ts';

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

export function registrationAdvice(locale: Locale = 'en'): string {
  return t(locale, 'handler.advice.registration', { commands: PROVIDER_REGISTRATION_COMMANDS.join('\n') });
}
