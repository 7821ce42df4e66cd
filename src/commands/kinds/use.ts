// `use -g RG -c CLUSTER -t TYPE [--cluster-rp RP] [--subscription ID] [--alias NAME]`: sets the
// channel's cluster, answered at once by submit.
//
// Rules:
// 1. The cluster name may also be the bare word (`use flux-demo-arc -g …`).
// 2. Fields not given are kept from the current context, so `use -c other-cluster` switches cluster
//    within the same resource group.
// 3. Submit checks in Azure that the cluster exists before remembering it, unless --no-check.
// 4. `--lang ja|fr|en` sets the language of the channel's posts with no single reader (alerts, recoveries,
//    digests). Alone (`use --lang ja`) it leaves the cluster as it is, so a channel can choose its language
//    before it has a cluster; with cluster flags it sets both.

import { matchLocale, READER_LOCALES, type ReaderLocale } from '../../replies/locale/locale.ts';
import { opt, targetWords } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { type ParsedFlags, parseFlags } from '../flags/parse-flags.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { type Problem, problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ChannelContext, CommandBase } from '../types.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface UseCommand extends CommandBase {
  kind: 'use';
  /** Absent for `use --lang …` alone (rule 4). */
  context?: ChannelContext;
  /** The channel's language, with --lang (rule 4). */
  lang?: ReaderLocale;
  /** False with --no-check: remember the cluster without reading it in Azure first. */
  check: boolean;
}

const USE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  { name: '--alias', arity: 'value', example: 'staging', help: 'A short name for this cluster in the channel.' },
  { name: '--no-check', arity: 'switch', help: 'Do not check in Azure that the cluster exists.' },
  { name: '--lang', arity: 'value', example: 'ja', help: 'The language of alerts in this channel: ja, fr or en.' },
  ...IGNORED_AZ_FLAGS,
];

/** Rule 4: a --lang value, or the problem saying which are accepted. */
function readLang(given: string | undefined): { lang?: ReaderLocale; problem?: Problem } {
  if (given === undefined) return {};
  const lang = matchLocale(given);
  if (lang !== undefined && (READER_LOCALES as readonly string[]).includes(lang)) return { lang: lang as ReaderLocale };
  return { problem: problem('use.lang', { value: given, accepted: READER_LOCALES.join(', ') }) };
}

/** Rule 4: only --lang (and switches) given, no cluster words. */
function langOnly(flags: ParsedFlags): boolean {
  return (
    flags.values.has('--lang') &&
    flags.positionals.length === 0 &&
    [...flags.values.keys()].every((name) => name === '--lang')
  );
}

function build(input: BuildInput): BuildResult<DraftOf<'use'>> {
  const flags = parseFlags(input.words, USE_FLAGS, { command: 'use', helpTopic: input.topic });
  const problems = [...flags.problems];
  const lang = readLang(flags.values.get('--lang'));
  if (lang.problem) problems.push(lang.problem);
  if (langOnly(flags)) {
    if (problems.length > 0 || !lang.lang) return { ok: false, problems };
    const check = !(flags.switches.get('--no-check') ?? false);
    return { ok: true, draft: { kind: 'use', lang: lang.lang, check, yes: false, noWait: false, warnings: [] } };
  }
  const [first, ...extra] = flags.positionals;
  if (first !== undefined && !flags.values.has('--cluster-name')) flags.values.set('--cluster-name', first);
  else if (first !== undefined) extra.unshift(first);
  for (const value of extra) {
    problems.push(
      problem('argument.unexpected', {
        value,
        command: 'use',
        topic: 'use',
        positional: part('problem.part.positional.cluster-name'),
        example: 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
      }),
    );
  }
  const resolved = resolveTarget(flags, input.options);
  for (const item of resolved.problems) {
    problems.push(
      item.code === 'target.missing' ? problem('use.incomplete', { missing: resolved.missing.join(', ') }) : item,
    );
  }
  if (problems.length > 0 || !resolved.target) return { ok: false, problems };
  const context: ChannelContext = { ...resolved.target };
  const alias = flags.values.get('--alias');
  if (alias !== undefined) context.alias = alias;
  const check = !(flags.switches.get('--no-check') ?? false);
  const draft: DraftOf<'use'> = { kind: 'use', context, check, yes: false, noWait: false, warnings: resolved.warnings };
  if (lang.lang) draft.lang = lang.lang;
  return { ok: true, draft };
}

export const useKind = defineKind({
  kind: 'use',
  routes: [['use']],
  topic: 'use',
  runs: 'chat',
  build,
  safety: 'mutating',
  display: (draft) => [
    'use',
    ...(draft.context ? targetWords(draft.context) : []),
    ...opt('--alias', draft.context?.alias),
    ...opt('--lang', draft.lang),
    ...(draft.check || !draft.context ? [] : ['--no-check']),
  ],
});
