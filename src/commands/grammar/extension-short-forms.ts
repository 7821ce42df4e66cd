// Extension short forms: each becomes `extension.update` with the matching `--config` keys (docs/upstream.md §4.1),
// validated exactly like the long form, on the extension `flux` unless -n says otherwise.
//
// Rules:
// 1. loglevel <controller>=<level> … → <controller>.log-level
// 2. controllers enable|disable <controller> … → <controller>.enabled=true|false
// 3. drift on|off → helm-controller.detectDrift
// 4. oomwatch on [threshold=N] [interval=D] | off → helm-controller.outOfMemoryWatch.enabled|memoryThreshold|interval
// 5. resources <controller> limits.memory=… limits.cpu=… requests.memory=… → <controller>.resources.…
// 6. scale kustomize concurrent=N requeue-dependency=D [in-memory-build=B] → kustomize-controller.…
// 7. strict-substitution on|off → kustomize-controller.strict-substitution-mode
// 8. Controller names may omit `-controller`; on/off also accept true/false and enable/disable
//    (`short-form-words.ts`).
import { ALL_CONTROLLERS } from '../controller-names.ts';
import { SHORT_FORM_FLAGS } from '../flags/extension-flags.ts';
import type { KindBuilder } from '../kinds/define-kind.ts';
import { type Problem, problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { DEFAULT_FLUX_EXTENSION_NAME } from '../types-extension.ts';
import { FLUX_CONTROLLERS } from '../validate/flux-setting-keys.ts';
import { readFluxSettings } from '../validate/flux-settings.ts';
import { done, positional, scaffold } from './scaffold.ts';
import { controller, extraWords, mapPairs, onOff } from './short-form-words.ts';

type Translate = (words: string[], problems: Problem[]) => string[];

/** In the order the command tree lists them. */
export const SHORT_FORM_NAMES = [
  'loglevel',
  'controllers',
  'drift',
  'strict-substitution',
  'oomwatch',
  'resources',
  'scale',
] as const;

type ShortFormName = (typeof SHORT_FORM_NAMES)[number];

const TRANSLATORS: Record<ShortFormName, { example: string; translate: Translate }> = {
  loglevel: {
    example: 'loglevel source-controller=error kustomize-controller=error',
    translate: (words, problems) => {
      const example = TRANSLATORS.loglevel.example;
      if (words.length === 0)
        problems.push(
          problem('short.missing-argument', {
            command: 'loglevel',
            what: '<controller>=<level>',
            accepted: part('problem.part.accepted.level-per-controller'),
            example,
          }),
        );
      return words.flatMap((word) => {
        const eq = word.indexOf('=');
        const name = controller('loglevel', eq > 0 ? word.slice(0, eq) : word, problems, ALL_CONTROLLERS, example);
        if (name === undefined) return [];
        if (eq <= 0) {
          problems.push(
            problem('short.bad-setting', {
              command: 'loglevel',
              value: word,
              accepted: '<controller>=debug|info|error',
              example,
            }),
          );
          return [];
        }
        return [`${name}.log-level=${word.slice(eq + 1)}`];
      });
    },
  },
  controllers: {
    example: 'controllers enable image-automation-controller image-reflector-controller',
    translate: (words, problems) => {
      const example = TRANSLATORS.controllers.example;
      const enabled = onOff('controllers', words, problems, example);
      const names = words.slice(1);
      if (names.length === 0 && words.length > 0) {
        problems.push(
          problem('short.missing-argument', {
            command: 'controllers',
            what: part('problem.part.what.controller-name'),
            accepted: FLUX_CONTROLLERS.join(', '),
            example,
          }),
        );
      }
      return names.flatMap((word) => {
        const name = controller('controllers', word, problems, FLUX_CONTROLLERS, example);
        return name === undefined || enabled === undefined ? [] : [`${name}.enabled=${enabled}`];
      });
    },
  },
  drift: {
    example: 'drift on',
    translate: (words, problems) =>
      extraWords('drift', words.slice(1), problems, 'drift on', onOff('drift', words, problems, 'drift on'), (on) => [
        `helm-controller.detectDrift=${on}`,
      ]),
  },
  'strict-substitution': {
    example: 'strict-substitution on',
    translate: (words, problems) =>
      extraWords(
        'strict-substitution',
        words.slice(1),
        problems,
        'strict-substitution on',
        onOff('strict-substitution', words, problems, 'strict-substitution on'),
        (on) => [`kustomize-controller.strict-substitution-mode=${on}`],
      ),
  },
  oomwatch: {
    example: 'oomwatch on threshold=70 interval=700ms',
    translate: (words, problems) => {
      const example = TRANSLATORS.oomwatch.example;
      const on = onOff('oomwatch', words, problems, example);
      if (on === undefined) return [];
      if (!on)
        return extraWords('oomwatch', words.slice(1), problems, 'oomwatch off', false, () => [
          'helm-controller.outOfMemoryWatch.enabled=false',
        ]);
      const keys = {
        threshold: 'helm-controller.outOfMemoryWatch.memoryThreshold',
        interval: 'helm-controller.outOfMemoryWatch.interval',
      };
      return [
        'helm-controller.outOfMemoryWatch.enabled=true',
        ...mapPairs('oomwatch', words.slice(1), keys, problems, example),
      ];
    },
  },
  resources: {
    example: 'resources source-controller limits.memory=2Gi requests.memory=300Mi',
    translate: (words, problems) => {
      const example = TRANSLATORS.resources.example;
      const name = controller('resources', words[0], problems, FLUX_CONTROLLERS, example);
      const keys = Object.fromEntries(
        ['limits.memory', 'limits.cpu', 'requests.memory'].map((k) => [k, `${name}.resources.${k}`]),
      );
      if (words.length === 1)
        problems.push(
          problem('short.missing-argument', {
            command: 'resources',
            what: part('problem.part.what.resources'),
            accepted: 'limits.memory=2Gi limits.cpu=2000m requests.memory=300Mi',
            example,
          }),
        );
      const pairs = mapPairs('resources', words.slice(1), keys, problems, example);
      return name === undefined ? [] : pairs;
    },
  },
  scale: {
    example: 'scale kustomize concurrent=6 requeue-dependency=50s',
    translate: (words, problems) => {
      const example = TRANSLATORS.scale.example;
      const name = controller('scale', words[0], problems, ['kustomize-controller'], example);
      const keys = {
        concurrent: 'kustomize-controller.concurrent',
        'requeue-dependency': 'kustomize-controller.requeue-dependency',
        'in-memory-build': 'kustomize-controller.enable-in-memory-build',
      };
      if (words.length === 1)
        problems.push(
          problem('short.missing-argument', {
            command: 'scale',
            what: part('problem.part.what.setting'),
            accepted: 'concurrent=N requeue-dependency=D in-memory-build=true|false',
            example,
          }),
        );
      const pairs = mapPairs('scale', words.slice(1), keys, problems, example);
      return name === undefined ? [] : pairs;
    },
  },
};

export function buildExtensionShortForm(name: ShortFormName): KindBuilder<'extension.update'> {
  return (input) => {
    const entry = TRANSLATORS[name];
    const s = scaffold(input, SHORT_FORM_FLAGS, { maxPositionals: Number.POSITIVE_INFINITY, example: entry.example });
    for (const index of s.positionals.keys()) positional(s, index); // the short form reads every word
    const configWords = entry.translate(s.positionals, s.problems);
    const configurationSettings = readFluxSettings(configWords, '--config', s.problems);
    const extensionName = s.flags.values.get('--name') ?? DEFAULT_FLUX_EXTENSION_NAME;
    return done(s, () => ({
      kind: 'extension.update',
      target: s.target!,
      extensionName,
      configurationSettings,
      configurationProtectedSettings: {},
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    }));
  };
}
