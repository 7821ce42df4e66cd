import type { enAlertsOwn } from '../en/alerts-own.ts';
import type { Translation } from '../translation.ts';

/** Français : fluxops' own words inside alerts (see en/alerts-own.ts). */
export const frAlertsOwn: Translation<typeof enAlertsOwn> = {
  'alert.own.oom.message':
    '{controller} {cause, select, OOMKilled {a été arrêté par OOMKilled} other {s’est arrêté de lui-même près de sa limite de mémoire (surveillance OOM)}} : limite {hasLimit, select, yes {{limit}} other {aucune}}, {restarts, plural, one {# redémarrage} other {# redémarrages}}, dernière sortie {hasExit, select, yes {{lastExit}} other {inconnue}}.',
  'alert.own.oom.field.controller': 'Contrôleur',
  'alert.own.oom.field.memoryLimit': 'Limite de mémoire',
  'alert.own.oom.field.restarts': 'Redémarrages',
  'alert.own.oom.field.lastExit': 'Dernière sortie',
  'alert.own.oom.field.pod': 'Pod',
  'alert.own.oom.lastExit': '{lastExit} ({cause})',
  'alert.own.oom.none': 'aucune',
  'alert.own.oom.unknown': 'inconnue',
  'alert.own.oom.button.fix': 'Porter la limite de mémoire à {limit}{helm, select, yes { + surveillance OOM} other {}}',
  'alert.own.oom.button.previousLogs': 'Journaux précédents',
  'alert.own.compliance.suspended': 'Le rapprochement est suspendu.',
  'alert.own.compliance.state': 'état de conformité {state}',
};
