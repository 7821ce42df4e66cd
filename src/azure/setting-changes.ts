// Before → after for every `--config` key a command touches, so chat shows e.g. the row
// `source-controller.log-level | info (default) | error`. Keys never set show microsoft.flux's documented
// default (tutorial, docs/upstream.md §4.1), marked as such; protected values are never shown.
import { type Locale, t } from '../replies/catalog/index.ts';

const CONTROLLERS = '(source|kustomize|helm|notification|image-automation|image-reflector)-controller';

const DEFAULTS: readonly [RegExp, string][] = [
  [/^(image-automation|image-reflector)-controller\.enabled$/, 'false'],
  [new RegExp(`^${CONTROLLERS}\\.enabled$`), 'true'],
  [new RegExp(`^${CONTROLLERS}\\.log-level$`), 'info'],
  [/^fluxconfig-(agent|controller)\.log-level$/, 'info'],
  [/^helm-controller\.detectDrift$/, 'false'],
  [/^helm-controller\.outOfMemoryWatch\.enabled$/, 'false'],
  [/^helm-controller\.outOfMemoryWatch\.memoryThreshold$/, '95'],
  [/^helm-controller\.outOfMemoryWatch\.interval$/, '500ms'],
  [/^(helm|source|kustomize)-controller\.resources\.limits\.memory$/, '1Gi'],
  [/^(helm|source|kustomize)-controller\.resources\.requests\.memory$/, '64Mi'],
  [/^kustomize-controller\.strict-substitution-mode$/, 'false'],
  [/^multiTenancy\.enforce$/, 'true'],
];

function documentedDefault(key: string): string | undefined {
  return DEFAULTS.find(([pattern]) => pattern.test(key))?.[1];
}

export interface SettingChange {
  key: string;
  /** The value before; undefined when the key was never set. */
  before?: string;
  /** What the extension reports after the update (or what was asked for, if it does not say). */
  after: string;
  changed: boolean;
}

export function settingChanges(
  before: Record<string, string> | undefined,
  requested: Record<string, string>,
  after: Record<string, string> | undefined,
): SettingChange[] {
  return Object.keys(requested).map((key) => {
    const old = before?.[key];
    const now = after?.[key] ?? requested[key] ?? '';
    const effectiveOld = old ?? documentedDefault(key);
    return { key, before: old, after: now, changed: effectiveOld !== now };
  });
}

export function describeBefore(change: SettingChange, locale: Locale = 'en'): string {
  if (change.before !== undefined) return change.before;
  const fallback = documentedDefault(change.key);
  return fallback === undefined
    ? t(locale, 'handler.extensionUpdate.notSet')
    : t(locale, 'handler.extensionUpdate.default', { value: fallback });
}
