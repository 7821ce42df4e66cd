// `--config KEY=VALUE …` for microsoft.flux (docs/upstream.md §4, §4.1).
//
// Rules:
// 1. Each word splits on its first `=` ("Usage error: --config configuration_setting_key=…" otherwise).
// 2. Keys must be documented microsoft.flux settings (matched exactly; a case-only difference or typo gets
//    the nearest key as a suggestion), each at most once.
// 3. Values by kind: booleans true|false; log levels debug|info|error, but info|error for fluxconfig-agent
//    and fluxconfig-controller; memory like 2Gi/300Mi; CPU like 2000m/2; percent 1–100; counts 1–1000;
//    Go durations like 700ms/50s; text non-empty.
// 4. Booleans are sent as lower-case `true`/`false` (the extension reads strings).
// 5. `--config-protected` keys are not checked against the list: protected settings are secrets the
//    docs do not enumerate; they only need the KEY=VALUE shape.
import { nearestWord } from '../nearest-word.ts';
import { type Problem, problem } from '../problem.ts';
import { isGoDuration } from './duration.ts';
import { FLUX_SETTING_KEYS, type SettingValueKind } from './flux-setting-keys.ts';

const MEMORY = /^\d+(?:\.\d+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E)?$/;
const CPU = /^(?:\d+m|\d+(?:\.\d+)?)$/;
const DURATION_EXAMPLES: Record<string, string> = {
  'helm-controller.outOfMemoryWatch.interval': '700ms',
  'kustomize-controller.requeue-dependency': '50s',
};

/** Splits KEY=VALUE words; for secret flags the offending word is not echoed back. */
export function splitPairs(
  words: readonly string[],
  flag: string,
  problems: Problem[],
  secret = false,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) problems.push(problem('config.bad-pair', { value: secret ? '••••' : word, flag }));
    else pairs.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return pairs;
}

function checkValue(key: string, value: string, kind: SettingValueKind): { value: string; problem?: Problem } {
  const lower = value.toLowerCase();
  const params = { key, value };
  switch (kind) {
    case 'boolean':
      return lower === 'true' || lower === 'false'
        ? { value: lower }
        : { value, problem: problem('config.invalid-boolean', params) };
    case 'log-level':
    case 'agent-log-level': {
      const levels = kind === 'log-level' ? ['debug', 'info', 'error'] : ['info', 'error'];
      const controller = key.slice(0, key.lastIndexOf('.'));
      return levels.includes(lower)
        ? { value: lower }
        : { value, problem: problem('config.invalid-level', { ...params, controller, levels: levels.join(', ') }) };
    }
    case 'memory':
      return MEMORY.test(value) ? { value } : { value, problem: problem('config.invalid-memory', params) };
    case 'cpu':
      return CPU.test(value) ? { value } : { value, problem: problem('config.invalid-cpu', params) };
    case 'percent': {
      const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
      return n >= 1 && n <= 100 ? { value: String(n) } : { value, problem: problem('config.invalid-percent', params) };
    }
    case 'count': {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
      return n >= 1 && n <= 1000 ? { value: String(n) } : { value, problem: problem('config.invalid-count', params) };
    }
    case 'go-duration':
      return isGoDuration(value)
        ? { value }
        : {
            value,
            problem: problem('config.invalid-duration', { ...params, exampleValue: DURATION_EXAMPLES[key] ?? '50s' }),
          };
    case 'text':
      return value.length > 0 ? { value } : { value, problem: problem('config.empty-value', params) };
  }
}

export function readFluxSettings(words: readonly string[], flag: string, problems: Problem[]): Record<string, string> {
  const settings: Record<string, string> = {};
  const known = [...FLUX_SETTING_KEYS.keys()];
  for (const [key, value] of splitPairs(words, flag, problems)) {
    const kind = FLUX_SETTING_KEYS.get(key);
    if (!kind) {
      const examples = 'helm-controller.detectDrift, source-controller.log-level, kustomize-controller.concurrent';
      problems.push(problem('config.unknown-key', { key, examples }, nearestWord(key, known)));
      continue;
    }
    if (Object.hasOwn(settings, key)) problems.push(problem('config.repeated-key', { key }));
    const checked = checkValue(key, value, kind);
    if (checked.problem) problems.push(checked.problem);
    settings[key] = checked.value;
  }
  return settings;
}
