// English help texts. `help.overview` fits one chat screen; each `help.topic.<topic>.*` has a usage line,
// flags with defaults, and an example taken from the Microsoft tutorial where there is one.
import { enHelpTopics } from './help-topics.ts';

export const enHelp = {
  'help.overview.title': 'fluxops — Azure GitOps (Flux v2) from chat',
  'help.overview.text': [
    'Paste `az k8s-configuration flux …` / `az k8s-extension …` commands as they are, or use the short forms:',
    '• `use -g RG -c CLUSTER -t TYPE` — set this channel’s cluster; `context` shows it',
    '• `flux create|update|show|list|delete …` — Flux configurations (`kustomization …`, `deployed-object …`)',
    '• `extension create|update|show|list|delete` — the microsoft.flux extension',
    '• `loglevel`, `controllers`, `drift`, `oomwatch`, `resources`, `scale`, `strict-substitution` — extension settings',
    '• `status`, `reconcile`, `suspend`, `resume`, `events`, `logs` — Flux objects in the cluster',
    '• `jobs`, `audit`, `alerts …` — running jobs, who did what, alert subscriptions',
    'Destructive commands ask for confirmation. `help <command>` shows flags, defaults and an example.',
  ].join('\n'),
  'help.label.usage': 'Usage',
  'help.label.flags': 'Flags',
  'help.label.example': 'Example',
  'help.label.topics': 'Topics',
  /** The sandbox's own commands, added to `help` in sandbox mode. */
  'help.label.sandbox': 'Sandbox',
  ...enHelpTopics,
} satisfies Record<string, string>;
