/**
 * Canonical display words of `k8s-extension …` commands. Short forms (`loglevel …`) render as the
 * extension update they stand for, so both spellings of one change share one display and one audit line.
 */
import type { CommandDraft } from '../grammar/build-types.ts';
import type { SecretValue } from '../types.ts';
import { type DisplayWord, opt, optBool, switches, targetWords } from './display-words.ts';

function settingWords(settings: Record<string, string>, secrets: Record<string, SecretValue>): DisplayWord[] {
  const config = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  const protectedKeys = Object.keys(secrets);
  return [
    ...(config.length > 0 ? ['--config', ...config] : []),
    // A protected pair shows its key (which setting changed) but never its value.
    ...(protectedKeys.length > 0
      ? ['--config-protected', ...protectedKeys.map((key): DisplayWord => ({ masked: true, prefix: `${key}=` }))]
      : []),
  ];
}

export function extensionDisplayWords(draft: CommandDraft): DisplayWord[] | undefined {
  const target = targetWords(draft.target);
  const prefix = ['az', 'k8s-extension'];
  switch (draft.kind) {
    case 'extension.create':
    case 'extension.update':
      return [
        ...prefix,
        draft.kind === 'extension.create' ? 'create' : 'update',
        ...target,
        '-n',
        draft.extensionName,
        ...(draft.kind === 'extension.create' ? ['--extension-type', draft.extensionType] : []),
        ...optBool('--auto-upgrade-minor-version', draft.autoUpgradeMinorVersion),
        ...opt('--version', draft.version),
        ...opt('--release-train', draft.releaseTrain),
        ...settingWords(draft.configurationSettings, draft.configurationProtectedSettings),
        ...switches(draft.yes, draft.noWait),
      ];
    case 'extension.show':
      return [...prefix, 'show', ...target, '-n', draft.extensionName];
    case 'extension.list':
      return [...prefix, 'list', ...target];
    case 'extension.delete':
      return [
        ...prefix,
        'delete',
        ...target,
        '-n',
        draft.extensionName,
        ...optBool('--force', draft.force ? true : undefined),
        ...switches(draft.yes, draft.noWait),
      ];
    default:
      return undefined;
  }
}
