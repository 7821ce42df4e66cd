// `az k8s-configuration flux update` (also `flux update …` and bare `update …`).
//
// Rules:
// 1. Only what is given is changed; an update that changes nothing is a problem.
// 2. Destructive when it changes the source URL, git ref or source kind, suspends, or turns prune off
//    on a kustomization (`-k … prune=false`); otherwise mutating.
import { t } from '../../replies/catalog/index.ts';
import type { Locale } from '../../replies/locale/locale.ts';
import { optBool, switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX, kustomizationGroupWords, sourceWords } from '../display/flux-words.ts';
import { FLUX_UPDATE_FLAGS } from '../flags/flux-config-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { readKustomizationGroups } from '../grammar/read-kustomization-groups.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { changeSummary } from '../impact-text.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { readFluxSource } from '../read-flux-source.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxSource, KustomizationSpec } from '../types-flux.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface FluxUpdateCommand extends ClusterCommandBase {
  kind: 'flux.update';
  name: string;
  /** Undefined when no source flag was given. `kindChanged` is true when --kind was given. */
  source?: FluxSource & { kindChanged: boolean };
  suspend?: boolean;
  kustomizations: KustomizationSpec[];
}

function build(input: BuildInput): BuildResult<DraftOf<'flux.update'>> {
  const s = scaffold(input, FLUX_UPDATE_FLAGS, {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.configuration-name'),
    example: 'flux update cluster-config --branch release',
  });
  const name = readConfigName(s, input);
  const source = readFluxSource(s.flags, { mode: 'update', problems: s.problems, warnings: s.warnings });
  const kustomizations = readKustomizationGroups(s.flags.lists.get('--kustomization') ?? [], name, s.problems);
  const suspend = s.flags.switches.get('--suspend');
  if (!source && suspend === undefined && kustomizations.length === 0 && s.problems.length === 0) {
    s.problems.push(
      problem('update.nothing', {
        command: input.path,
        topic: input.topic,
        example: 'flux update cluster-config --suspend false',
      }),
    );
  }
  return done(s, () => ({
    kind: 'flux.update',
    target: s.target!,
    name: name!,
    ...(source ? { source } : {}),
    ...(suspend !== undefined ? { suspend } : {}),
    kustomizations,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}

function safety(draft: DraftOf<'flux.update'>) {
  const source = draft.source;
  const changesSource =
    source !== undefined && (source.url !== undefined || source.ref !== undefined || source.kindChanged);
  const prunesOff = draft.kustomizations.some((k) => k.prune === false);
  return changesSource || prunesOff || draft.suspend === true ? 'destructive' : 'mutating';
}

/** Why the update counts as destructive, in the words of the risk it carries. */
function risks(command: FluxUpdateCommand, locale: Locale): string[] {
  const found: string[] = [];
  if (command.source?.url) found.push(t(locale, 'impact.risk.source', { url: command.source.url }));
  if (command.source?.ref) found.push(t(locale, 'impact.risk.ref'));
  if (command.suspend) found.push(t(locale, 'impact.risk.suspend'));
  for (const k of command.kustomizations)
    if (k.prune === false) found.push(t(locale, 'impact.risk.prune-off', { name: k.name }));
  return found;
}

export const fluxUpdateKind = defineKind({
  kind: 'flux.update',
  routes: [['flux', 'update']],
  topic: 'update',
  runs: 'job',
  build,
  safety,
  impact: (command, locale) => changeSummary(command.target, risks(command, locale), locale),
  display: (draft) => [
    ...FLUX_PREFIX,
    'update',
    ...targetWords(draft.target),
    '-n',
    draft.name,
    ...(draft.source ? sourceWords(draft.source, draft.source.kindChanged) : []),
    ...optBool('--suspend', draft.suspend),
    ...draft.kustomizations.flatMap(kustomizationGroupWords),
    ...switches(draft.yes, draft.noWait),
  ],
});
