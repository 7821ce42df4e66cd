import type { enHelp } from '../en/help.ts';
import { enHelpTopics } from '../en/help-topics.ts';
import type { ProseTranslation } from '../translation.ts';
import { frHelpTopics } from './help-topics.ts';

/** Français : `help` (see en/help.ts). Command words stay as they are typed. */
export const frHelp: ProseTranslation<typeof enHelp> = {
  'help.overview.title': 'fluxops — Azure GitOps (Flux v2) depuis la conversation',
  'help.overview.text': [
    'Collez les commandes `az k8s-configuration flux …` / `az k8s-extension …` telles quelles, ou utilisez les formes courtes :',
    '• `use -g RG -c CLUSTER -t TYPE` — définit le cluster de ce canal ; `context` l’affiche ; `use --lang fr` la langue des alertes',
    '• `flux create|update|show|list|delete …` — configurations Flux (`kustomization …`, `deployed-object …`)',
    '• `extension create|update|show|list|delete` — l’extension microsoft.flux',
    '• `loglevel`, `controllers`, `drift`, `oomwatch`, `resources`, `scale`, `strict-substitution` — paramètres de l’extension',
    '• `status`, `reconcile`, `suspend`, `resume`, `events`, `logs` — objets Flux du cluster',
    '• `jobs`, `audit`, `alerts …` — tâches en cours, qui a fait quoi, abonnements aux alertes',
    'Les commandes destructives demandent une confirmation. `help <command>` affiche les indicateurs, les valeurs par défaut et un exemple.',
  ].join('\n'),
  'help.label.usage': 'Utilisation',
  'help.label.flags': 'Indicateurs',
  'help.label.example': 'Exemple',
  'help.label.topics': 'Rubriques',
  'help.label.sandbox': 'Bac à sable',
  ...{ ...enHelpTopics, ...frHelpTopics },
};
