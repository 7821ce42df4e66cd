import type { enWarnings } from '../en/warnings.ts';
import type { Translation } from '../translation.ts';

/** Français : warnings on valid commands and the frame of a problem list (see en/warnings.ts). */
export const frWarnings: Translation<typeof enWarnings> = {
  'warning.default-kustomization':
    'Avertissement ! Aucune kustomization n’a été spécifiée pour cette configuration. Une kustomization sera générée avec le nom par défaut kustomization-1.',
  'warning.placeholder-target':
    '{flag} {value} est un espace réservé de la documentation ; la valeur par défaut du canal {resolved} a été utilisée.',
  'warning.placeholder-value':
    '{where} contient encore l’espace réservé de la documentation {value}, transmis tel quel à Azure ; remplacez-le si ce n’est pas voulu.',
  'warning.ignored-flag': '{flag} ne change que l’affichage de l’interface az ; fluxops l’ignore.',
  'warning.assumed-git':
    'Pas de --kind : la configuration est supposée utiliser une source git. Ajoutez --kind bucket ou --kind azblob sinon.',
  'warning.no-wait-ignored': '--no-wait n’a pas d’effet sur `{command}`.',
  'warning.format.title': 'Problèmes dans cette commande',
  'format.problem.accepted': 'Accepté : {accepted}',
  'format.problem.example': 'Exemple : {example}',
  'format.problem.see-help': 'Voir `help{topic}`.',
  'format.problem.more':
    '{count, plural, one {…et # autre problème non listé ici} other {…et # autres problèmes non listés ici}} ; corrigez ceux ci-dessus et renvoyez la commande.',
};
