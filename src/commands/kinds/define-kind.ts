// What one command kind's module declares, and `defineKind`, which checks it.
//
// Rules:
// 1. A spec names its kind, the words that lead to it, its help topic, who runs it, its builder, its
//    safety and its display words.
// 2. `runs: 'job'` means a worker handler runs it (`jobs/handlers/index.ts` must list one); `runs: 'chat'`
//    means submit answers it at once (help, context, use, audit, jobs).
// 3. A kind that can be destructive (safety `destructive`, or a function of the draft) must give `impact`,
//    the sentence shown above Confirm/Cancel; a read-only or mutating kind gives none.
// 4. Routes are words from the top of the tree (`flux delete`, `k8s-extension update`, `alerts mute`);
//    `grammar/routes.ts` adds the aliases (`az k8s-configuration flux …`, bare `delete`, `extension …`).
//    The object form gives a route its own builder and topic (the extension short forms).
// 5. `role` is the lowest role that may run the kind; without it, a read-only kind needs `viewer` and
//    every other kind `admin` (`requiredRole()`), so only the operator kinds declare it.
import type { Locale } from '../../replies/locale/locale.ts';
import type { DisplayWord } from '../display/display-words.ts';
import type { BuildInput, BuildResult, Draft } from '../grammar/build-types.ts';
import type { HelpTopic } from '../help-topics.ts';
import type { Role } from '../role.ts';
import type { CommandKind, CommandOfKind, Safety } from '../types.ts';

export type Runs = 'job' | 'chat';

/** A kind's command before `safety` and `display` are added. */
export type DraftOf<K extends CommandKind> = Draft<CommandOfKind<K>>;

export type KindBuilder<K extends CommandKind> = (input: BuildInput) => BuildResult<DraftOf<K>>;

interface ShortRoute<K extends CommandKind> {
  words: readonly string[];
  build: KindBuilder<K>;
  topic: HelpTopic;
  /** Recorded on the command (`Command.shortForm`). */
  shortForm: string;
}

export type Route<K extends CommandKind> = readonly string[] | ShortRoute<K>;

type SafetyAndImpact<K extends CommandKind> =
  | { safety: 'read-only' | 'mutating'; impact?: undefined }
  | {
      safety: 'destructive' | ((draft: DraftOf<K>) => Safety);
      impact: (command: CommandOfKind<K>, locale: Locale) => string;
    };

export type KindSpec<K extends CommandKind, R extends Runs = Runs> = {
  kind: K;
  routes: readonly Route<K>[];
  topic: HelpTopic;
  runs: R;
  build: KindBuilder<K>;
  display: (draft: DraftOf<K>) => DisplayWord[];
  /** Rule 5: the lowest role that may run it; absent, the safety class decides. */
  role?: Role;
} & SafetyAndImpact<K>;

/** Checks a spec against its kind's command type; `runs` keeps its literal so job kinds can be derived. */
export function defineKind<const K extends CommandKind, const R extends Runs>(spec: KindSpec<K, R>): KindSpec<K, R> {
  return spec;
}
