import type { enSubmit } from '../en/submit.ts';
import type { Translation } from '../translation.ts';

/** Français : replies given at once by submit (see en/submit.ts). */
export const frSubmit: Translation<typeof enSubmit> = {
  'submit.cluster': '{cluster} ({type}, groupe de ressources {group})',
  'submit.queued': 'En file d’attente.',
  'submit.duplicate':
    'Cette demande a déjà été reçue ; elle ne s’exécute qu’une fois. Suivez le message de la première réception.',
  'submit.parse-error.title': 'Je n’ai pas pu exécuter cette commande',
  'submit.unavailable.title': 'File d’attente indisponible',
  'submit.unavailable.text':
    'Redis ne répond pas : `{display}` n’a pas été mise en file d’attente et rien n’a changé. Réessayez dans une minute ; si le problème persiste, vérifiez le Redis de fluxops.',
  'submit.unavailable.your-command': 'votre commande',
  'submit.context-set.title': 'Cluster du canal défini',
  'submit.context-set.text':
    'Les commandes de ce canal agissent désormais sur {cluster}{alias, select, none {} other { (alias « {alias} »)}} sauf si elles nomment un autre cluster avec -g/-c/-t.',
  'submit.context.none.title': 'Aucun cluster pour ce canal',
  'submit.context.none.text':
    'Définissez-en un avec `use -g flux-demo-rg -c flux-demo-arc -t connectedClusters`, ou passez -g/-c/-t à chaque commande.',
  'submit.context.title': 'Cluster du canal',
  'submit.field.cluster': 'Cluster',
  'submit.field.type': 'Type',
  'submit.field.resource-group': 'Groupe de ressources',
  'submit.field.subscription': 'Abonnement',
  'submit.field.alias': 'Alias',
  'submit.use.not-found':
    '{problem} Le canal garde son cluster actuel. Pour mémoriser celui-ci malgré tout, ajoutez --no-check (par ex. `{example}`).',
  'submit.confirm.title': 'Confirmer : {display}',
  'submit.confirm.only': 'Seul(e) {user} peut confirmer. Cette demande expire dans 10 minutes.',
  'submit.confirm.dialog.title': 'Êtes-vous sûr ?',
  'submit.confirm.dialog.confirm': 'Oui, exécuter',
  'submit.confirm.dialog.deny': 'Ne rien faire',
  'submit.confirm.button.confirm': 'Confirmer',
  'submit.confirm.button.cancel': 'Annuler',
  'submit.expired.title': 'Confirmation expirée',
  'submit.expired.text':
    'Cette confirmation a déjà été utilisée, annulée, ou date de plus de 10 minutes. Relancez la commande.',
  'submit.not-requester.title': 'Ce n’est pas à vous de confirmer',
  'submit.not-requester.text':
    'Seule la personne qui a demandé ({requester}) peut confirmer ou annuler cette commande.',
  'submit.other-conversation.title': 'Confirmez là où vous avez demandé',
  'submit.other-conversation.text':
    'Cette confirmation appartient à la conversation où la commande a été saisie ; confirmez-la ou annulez-la là-bas.',
  'submit.cancelled': 'Annulée par {user}. Rien n’a été modifié.',
  'submit.lang.set.title': 'Langue du canal définie',
  'submit.lang.set.text':
    'Les alertes, rétablissements et résumés de ce canal sont désormais rédigés en {language} ; les réponses aux commandes suivent la langue de chaque lecteur.',
  'submit.lang.label': 'Langue',
  'submit.lang.name.en': 'anglais',
  'submit.lang.name.ja': 'japonais',
  'submit.lang.name.fr': 'français',
  'access.denied.title': 'Non autorisé',
  'access.denied.holds': 'Vous ({principal}) avez le rôle {held} (via {via}).',
  'access.denied.holds-none': 'Vous ({principal}) n’avez aucun rôle ici.',
  'access.denied.no-admin':
    'Aucun administrateur n’est encore configuré : définissez FLUXOPS_ADMINS={principal} (séparés par des virgules ; par ex. FLUXOPS_ADMINS=slack:T024BE7LD/U012AB3CD,console:alice) et redémarrez fluxops.',
  'access.denied.admins': 'Un administrateur peut l’accorder : {admins}.',
  'access.denied.text':
    '`{display}` nécessite le rôle {needed}. {holds} Rien n’a été mis en file d’attente et rien n’a changé. {grant}',
  'access.granted.title': 'Rôle accordé',
  'access.granted.text':
    '{subject} a désormais le rôle {role}. Annulez avec `access revoke` ; `access list` affiche toutes les liaisons.',
  'access.revoked.title': 'Liaison de rôle supprimée',
  'access.revoked.text':
    '{subject} n’a plus de rôle par liaison (FLUXOPS_ADMINS s’applique toujours). `access list` affiche toutes les liaisons.',
  'access.revoked.noneTitle': 'Rien à supprimer',
  'access.revoked.none':
    '{subject} n’a aucun rôle par liaison : rien n’a été supprimé. `access list` affiche toutes les liaisons, chacune avec sa portée exacte.',
  'access.list.title': 'Accès',
  'access.list.text': 'Administrateurs (FLUXOPS_ADMINS) : {admins}.',
  'access.list.none': 'aucun',
  'access.list.column.binding': 'LIAISON',
  'access.list.column.role': 'RÔLE',
  'access.whoami.title': 'Qui vous êtes',
  'access.whoami.text':
    'Votre identifiant est `{principal}` (la forme attendue par FLUXOPS_ADMINS, par ex. FLUXOPS_ADMINS={principal}).',
  'access.whoami.holds': 'Vous avez le rôle {role} ici (via {via}).',
  'access.whoami.holds-none': 'Vous n’avez aucun rôle ici.',
  'access.policy.title': 'Stratégie de confirmation définie',
  'access.policy.allow-yes':
    'Dans ce canal, `--yes` sur une commande destructive l’exécute désormais sans demander de confirmation. Annulez avec `access policy confirm=always`.',
  'access.policy.always':
    'Dans ce canal, les commandes destructives demandent désormais toujours une confirmation, avec ou sans `--yes`.',
  'audit.title': 'Journal d’audit',
  'audit.empty': 'Rien n’a encore été enregistré dans ce canal.',
  'audit.text':
    '{count, plural, one {Dernière entrée} other {# dernières entrées}} de ce canal, de la plus récente à la plus ancienne.',
  'audit.column.time': 'HEURE (UTC)',
  'audit.column.who': 'QUI',
  'audit.column.event': 'ÉVÉNEMENT',
  'audit.column.command': 'COMMANDE',
  'audit.column.result': 'RÉSULTAT',
  'audit.column.access': 'ACCÈS',
  'jobs.title': 'Tâches récentes',
  'jobs.empty': 'Aucune tâche dans ce canal pour l’instant.',
  'jobs.column.job': 'TÂCHE',
  'jobs.column.who': 'QUI',
  'jobs.column.command': 'COMMANDE',
  'jobs.column.state': 'ÉTAT',
  'jobs.column.since': 'DEPUIS (UTC)',
  'audit.event.submitted': 'soumise',
  'audit.event.rejected': 'rejetée',
  'audit.event.denied': 'refusée',
  'audit.event.confirm-requested': 'confirmation demandée',
  'audit.event.confirmed': 'confirmée',
  'audit.event.cancelled': 'annulée',
  'audit.event.finished': 'terminée',
  'audit.status.queued': 'en file d’attente',
  'audit.status.running': 'en cours',
  'audit.status.succeeded': 'réussie',
  'audit.status.failed': 'échouée',
  'audit.status.warning': 'avertissement',
  'audit.status.info': 'information',
  'audit.status.confirm': 'en attente de confirmation',
  'audit.status.cancelled': 'annulée',
  'audit.status.needs': 'requiert {role}',
  'audit.status.subscription-not-allowed': 'abonnement non autorisé',
  'audit.access.allowed': '{role} par {via}',
  'audit.access.held': '{role} détenu par {via}',
  'audit.access.held-none': 'aucun rôle détenu',
  'access.via.off': 'contrôle d’accès désactivé',
  'access.via.user': 'utilisateur {who}',
  'access.via.channel': 'canal {channel}',
  'access.via.group': 'groupe {group}',
  'access.via.within': '{via} dans l’étendue {scope}',
  'jobs.state.active': 'en file d’attente/en cours',
  'origin.slack.listed':
    'Ce fluxops ne sert que les espaces de travail Slack {teams} ; cette requête vient de {from}. Rien n’a été exécuté. Un opérateur de fluxops peut ajouter l’espace de travail à SLACK_TEAM_IDS (par ex. SLACK_TEAM_IDS={first},T024BE7LD).',
  'origin.slack.unknown-install':
    'fluxops n’a pas pu confirmer dans quel espace de travail Slack il est installé (Slack n’a pas répondu à auth.test) : il n’en sert donc aucun pour l’instant. Rien n’a été exécuté. Réessayez dans un instant ; un opérateur de fluxops peut nommer les espaces de travail dans SLACK_TEAM_IDS (par ex. SLACK_TEAM_IDS=T024BE7LD).',
  'origin.slack.installed':
    'Ce fluxops ne sert que l’espace de travail Slack où il est installé ({installed}) ; cette requête vient de {from}. Rien n’a été exécuté. Un opérateur de fluxops peut servir d’autres espaces de travail avec SLACK_TEAM_IDS (par ex. SLACK_TEAM_IDS={installed},{example}).',
  'origin.slack.unknown-team': 'un espace de travail inconnu',
  'origin.teams.listed':
    'Ce fluxops ne sert que les locataires Microsoft Entra {tenants} ; cette activité vient de {from}. Rien n’a été exécuté. Un opérateur de fluxops peut ajouter le locataire à TEAMS_TENANT_IDS.',
  'origin.teams.unknown-tenant': 'un locataire inconnu',
  'origin.subscription':
    '--subscription {subscription} n’est pas un abonnement sur lequel fluxops peut agir. Acceptés : {accepted} (AZURE_SUBSCRIPTION_IDS). Rien n’a été exécuté. Exemple : --subscription {first}.',
};
