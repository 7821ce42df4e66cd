import type { enHandlersAlerts } from '../en/handlers-alerts.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/handlers-alerts.ts. */
export const frHandlersAlerts: Translation<typeof enHandlersAlerts> = {
  'handler.alerts.notEnabled': 'Les alertes ne sont pas activées dans ce worker fluxops.',
  'handler.alerts.sameName':
    'fluxops surveille déjà un autre cluster nommé {cluster} ({other}). Les alertes distinguent les clusters par leur nom : {target} ne peut pas être surveillé en plus. Rien n’a été modifié.',
  'handler.alertsSubscribe.done':
    'Ce canal reçoit désormais les alertes Flux ({id}). Les échecs sont publiés une fois puis mis à jour sur place ; les rétablissements répondent dans le fil de l’alerte.',
  'handler.alertsSubscribe.subscription': 'Abonnement',
  'handler.alertsSubscribe.cluster': 'Cluster',
  'handler.alertsSubscribe.everyCluster': 'tous les clusters',
  'handler.alertsSubscribe.severity': 'Gravité',
  'handler.alertsSubscribe.failuresOnly': 'échecs uniquement',
  'handler.alertsSubscribe.failuresAndStuck': 'échecs et objets bloqués',
  'handler.alertsSubscribe.kinds': 'Types',
  'handler.alertsSubscribe.namespaces': 'Espaces de noms',
  'handler.alertsSubscribe.all': 'tous',
  'handler.alertsSubscribe.excluding': 'Exclusion',
  'handler.alertsSubscribe.unsubscribe': 'Se désabonner',
  'handler.alertsUnsubscribe.done': 'Abonnement {id} supprimé ; ce canal ne reçoit plus ses alertes.',
  'handler.alertsUnsubscribe.missing': 'Ce canal n’a pas d’abonnement {id}. `alerts list` affiche ceux qu’il a.',
  'handler.alertsMute.done':
    'Les nouvelles alertes pour {object} sont mises en sourdine dans ce canal jusqu’à {until}. Les alertes déjà publiées continuent d’être mises à jour.',
  'handler.alertsList.none':
    'Ce canal n’a aucun abonnement aux alertes. Commencez par `alerts subscribe --severity error`.',
  'handler.alertsList.columnId': 'ID',
  'handler.alertsList.columnCluster': 'Cluster',
  'handler.alertsList.columnSeverity': 'Gravité',
  'handler.alertsList.columnKinds': 'Types',
  'handler.alertsList.columnNamespaces': 'Espaces de noms',
  'handler.alertsList.columnExclude': 'Exclusion',
  'handler.alertsList.columnBy': 'Par',
  'handler.alertsList.lateTable':
    'Événements arrivés plus anciens que l’état de leur objet (enregistrés, état inchangé)',
  'handler.alertsList.columnObject': 'Objet',
  'handler.alertsList.columnReason': 'Raison',
  'handler.alertsList.columnEventTime': 'Heure de l’événement',
  'handler.alertsList.columnNewerState': 'État plus récent',
  'handler.alertsList.columnSource': 'Source',
  'handler.alertsList.noLate': 'Aucun événement n’est arrivé plus ancien que l’état de son objet.',
  'handler.alertsSetup.text':
    'Commitez le YAML ci-dessous dans le référentiel GitOps de {cluster} (chiffrez d’abord le Secret avec SOPS ou Sealed Secrets). Il contient la clé HMAC : ne le collez ni dans un canal ni dans un ticket.',
  'handler.alertsSetup.keyIssued': 'Une clé de webhook a été émise pour {cluster}.',
  'handler.alertsSetup.keyExisting':
    '{cluster} avait déjà une clé de webhook ; fluxops vous a renvoyé cette même clé (aucune rotation). Pour la remplacer, exécutez `alerts setup --rotate`.',
  'handler.alertsSetup.keyExistingTo':
    '{cluster} avait déjà une clé de webhook ; fluxops a renvoyé cette même clé à {user} (aucune rotation). Pour la remplacer, exécutez `alerts setup --rotate`.',
  'handler.alertsSetup.keyRotated':
    'Une nouvelle clé de webhook a été émise pour {cluster} ; l’ancienne continue de vérifier les événements jusqu’au {until} : commitez le nouveau YAML avant.',
  'handler.alertsSetup.sentPrivately':
    'Le YAML Secret/Provider/Alert contenant la clé a été envoyé à {user} seul ({place}), pas à ce canal.',
  'handler.alertsSetup.place.slack': 'un message direct de fluxops',
  'handler.alertsSetup.place.teams': 'une conversation 1:1 avec fluxops',
  'handler.alertsSetup.place.console': 'sa propre session de console, pas ses observateurs',
  'handler.alertsSetup.noPublicUrl':
    ' Avertissement : FLUXOPS_PUBLIC_URL n’est pas défini, l’adresse du Provider est donc provisoire : définissez-le et relancez setup.',
  'handler.alertsSetup.noObjects':
    ' Avertissement : aucun objet Flux trouvé sur {cluster} (aucune configuration n’en liste), le YAML ne couvre donc que flux-system : après avoir créé une configuration, relancez setup.',
  'handler.alertsSetup.webhook': 'Webhook',
  'handler.alertsSetup.namespaces': 'Espaces de noms',
  'handler.alertsSetup.kinds': 'Types',
  'handler.alertsSetup.polling': 'Interrogation de la conformité',
  'handler.alertsSetup.pollingOn': 'activée (intervalle : {interval})',
  'handler.alertsSetup.oldFlux':
    ' Avertissement : microsoft.flux {version} exécute Flux 2.1 ou antérieur, qui ne sert pas `notification.toolkit.fluxcd.io/v1beta3` : le cluster rejetterait ce Provider et cette Alert. Mettez d’abord l’extension à niveau vers {target} : {upgrade}.',
};
