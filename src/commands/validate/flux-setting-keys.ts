/**
 * The microsoft.flux `--config` keys fluxops knows (docs/upstream.md §4.1) and the kind of value each takes.
 * Kept as data so `help extension`, typo suggestions and validation share one list.
 */
export type SettingValueKind =
  | 'boolean'
  | 'log-level'
  | 'agent-log-level'
  | 'memory'
  | 'cpu'
  | 'percent'
  | 'count'
  | 'go-duration'
  | 'text';

/** The Flux controllers the extension deploys (toggle, log level and resources apply to these). */
export const FLUX_CONTROLLERS = [
  'source-controller',
  'kustomize-controller',
  'helm-controller',
  'notification-controller',
  'image-automation-controller',
  'image-reflector-controller',
] as const;

/** Azure's own agents: log level info|error only (no debug). */
export const AZURE_AGENTS = ['fluxconfig-agent', 'fluxconfig-controller'] as const;

function build(): Map<string, SettingValueKind> {
  const keys = new Map<string, SettingValueKind>();
  for (const controller of FLUX_CONTROLLERS) {
    keys.set(`${controller}.enabled`, 'boolean');
    keys.set(`${controller}.log-level`, 'log-level');
    keys.set(`${controller}.resources.limits.memory`, 'memory');
    keys.set(`${controller}.resources.limits.cpu`, 'cpu');
    keys.set(`${controller}.resources.requests.memory`, 'memory');
  }
  for (const agent of AZURE_AGENTS) keys.set(`${agent}.log-level`, 'agent-log-level');
  const fixed: [string, SettingValueKind][] = [
    ['useKubeletIdentity', 'boolean'],
    ['multiTenancy.enforce', 'boolean'],
    ['setKubeServiceHostFqdn', 'boolean'],
    ['helm-controller.detectDrift', 'boolean'],
    ['helm-controller.outOfMemoryWatch.enabled', 'boolean'],
    ['helm-controller.outOfMemoryWatch.memoryThreshold', 'percent'],
    ['helm-controller.outOfMemoryWatch.interval', 'go-duration'],
    ['kustomize-controller.concurrent', 'count'],
    ['kustomize-controller.requeue-dependency', 'go-duration'],
    ['kustomize-controller.enable-in-memory-build', 'boolean'],
    ['kustomize-controller.strict-substitution-mode', 'boolean'],
    ['source-controller.ssh-host-key-args', 'text'],
    ['image-automation-controller.ssh-host-key-args', 'text'],
    ['workloadIdentity.enable', 'boolean'],
    ['workloadIdentity.azureClientId', 'text'],
    ['workloadIdentity.azureTenantId', 'text'],
  ];
  for (const [key, kind] of fixed) keys.set(key, kind);
  return keys;
}

export const FLUX_SETTING_KEYS: ReadonlyMap<string, SettingValueKind> = build();

/** Keys whose value `false` turns a controller off (a destructive change). */
function isControllerToggle(key: string): boolean {
  return FLUX_CONTROLLERS.some((controller) => key === `${controller}.enabled`);
}

/** True when the settings turn a controller off (`<controller>.enabled=false`). */
export function turnsControllerOff(settings: Record<string, string>): boolean {
  return Object.entries(settings).some(([key, value]) => isControllerToggle(key) && value === 'false');
}
