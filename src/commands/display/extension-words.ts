// Display words the `k8s-extension …` kinds compose. Short forms (`loglevel …`) render as the extension
// update they stand for, so both spellings of one change get one display and one audit line.
import type { ExtensionSettings } from '../read-extension-settings.ts';
import { type DisplayWord, opt, optBool } from './display-words.ts';

export const EXTENSION_PREFIX = ['az', 'k8s-extension'];

/** `--auto-upgrade-minor-version`, `--version`, `--release-train`, `--config`, `--config-protected`. */
export function settingWords(settings: ExtensionSettings): DisplayWord[] {
  const config = Object.entries(settings.configurationSettings).map(([key, value]) => `${key}=${value}`);
  const protectedKeys = Object.keys(settings.configurationProtectedSettings);
  return [
    ...optBool('--auto-upgrade-minor-version', settings.autoUpgradeMinorVersion),
    ...opt('--version', settings.version),
    ...opt('--release-train', settings.releaseTrain),
    ...(config.length > 0 ? ['--config', ...config] : []),
    // A protected pair shows its key (which setting changed) but never its value.
    ...(protectedKeys.length > 0
      ? ['--config-protected', ...protectedKeys.map((key): DisplayWord => ({ masked: true, prefix: `${key}=` }))]
      : []),
  ];
}
