import type { enAlerts } from '../en/alerts.ts';
import type { Translation } from '../translation.ts';
import { frAlertsOwn } from './alerts-own.ts';

/** Français : see en/alerts.ts. */
export const frAlerts: Translation<typeof enAlerts> = {
  ...frAlertsOwn,
  'alert.title.failing': '{object} est en échec sur {cluster}',
  'alert.title.drifted': '{object} s’est écarté de l’état souhaité sur {cluster}',
  'alert.title.resolvedFailure': 'Résolu : échec de {object} sur {cluster}',
  'alert.title.resolvedDrift': 'Résolu : dérive de {object} sur {cluster}',
  'alert.field.object': 'Objet',
  'alert.field.cluster': 'Cluster',
  'alert.field.configuration': 'Configuration',
  'alert.field.reason': 'Raison',
  'alert.field.revision': 'Révision',
  'alert.field.since': 'Depuis',
  'alert.field.occurrences': 'Occurrences',
  'alert.field.lastSeen': 'Vu en dernier',
  'alert.field.resolved': 'Résolu',
  'alert.field.closedBy': 'Fermé par',
  'alert.resolvedAfter': '{at} (après {duration})',
  'alert.button.reconcile': 'Rapprocher',
  'alert.button.events': 'Événements',
  'alert.button.logs': 'Journaux',
  'alert.button.mute': 'Sourdine 1 h',
  'alert.table.drifted': 'Objets en dérive',
  'alert.recovery.title': 'Rétabli : {object} sur {cluster}',
  'alert.recovery.text':
    '{object} {track, select, drift {n’est plus en dérive} other {est de nouveau sain}} après {duration} (signalé {count, plural, one {une fois} other {{count} fois}}).',
  'alert.closedBy': '{reason} provenant de {source}',
  'alert.source.webhook': 'l’événement webhook Flux',
  'alert.source.compliance': 'l’interrogation de la conformité (statuses[] de la configuration)',
  'alert.source.cluster': 'la surveillance du cluster (état lu sur le cluster)',
  'alert.digest.title':
    'Résumé des alertes Flux : {count, plural, one {# alerte} other {# alertes}} ({open} encore ouvertes)',
  'alert.digest.text':
    'Plus de {burst} alertes ont atteint ce canal en une minute : le reste de cette minute est regroupé ici et ce message est mis à jour. Les alertes par objet reprennent la minute suivante.',
  'alert.digest.columnCount': 'Nombre',
  'alert.digest.columnState': 'État',
  'alert.digest.state': '{state, select, failing {en échec} drifted {en dérive} resolved {résolu} other {{state}}}',
};
