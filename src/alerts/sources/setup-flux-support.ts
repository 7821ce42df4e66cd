import { compareVersions } from '../../azure/flux-version.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';

/**
 * What the installed microsoft.flux extension means for the `alerts setup` YAML.
 *
 * Rules:
 * 1. The Alert selects every Flux kind whose controller runs: the source, kustomize and helm kinds
 *    always; `ImageRepository` and `ImagePolicy` when `image-reflector-controller.enabled` is true;
 *    `ImageUpdateAutomation` when `image-automation-controller.enabled` is true (both are off by
 *    default; docs/upstream.md §4.1).
 * 2. `notification.toolkit.fluxcd.io/v1beta3` arrived with notification-controller 1.2 (Flux 2.2);
 *    microsoft.flux 1.9.x and older ship Flux 2.0–2.1 and reject the YAML: say so, with the fix.
 */
const ALWAYS = [
  'GitRepository',
  'OCIRepository',
  'Bucket',
  'HelmRepository',
  'HelmChart',
  'Kustomization',
  'HelmRelease',
];

/** The first microsoft.flux version whose Flux serves Alert/Provider v1beta3. */
const FIRST_V1BETA3 = '1.10.0';

export function alertKinds(settings: Readonly<Record<string, string>> = {}): string[] {
  const on = (key: string) => settings[key]?.trim().toLowerCase() === 'true';
  return [
    ...ALWAYS,
    ...(on('image-reflector-controller.enabled') ? ['ImageRepository', 'ImagePolicy'] : []),
    ...(on('image-automation-controller.enabled') ? ['ImageUpdateAutomation'] : []),
  ];
}

/**
 * The version to upgrade an old extension to: versions up to 1.20.4 must pass through 1.21.0–1.22.2
 * before 1.23.0 (docs/upstream.md §4.1), and 1.22.2 serves v1beta3.
 */
export const V1BETA3_UPGRADE_TARGET = '1.22.2';

/** Rule 2: a warning for an extension too old for the YAML (with the command that fixes it), else undefined. */
export function v1beta3Warning(
  extensionVersion: string | undefined,
  upgrade: string,
  locale: Locale = 'en',
): string | undefined {
  if (!extensionVersion || compareVersions(extensionVersion, FIRST_V1BETA3) >= 0) return undefined;
  return t(locale, 'handler.alertsSetup.oldFlux', {
    version: extensionVersion,
    target: V1BETA3_UPGRADE_TARGET,
    upgrade: `\`${upgrade}\``,
  });
}
