import type { enHandlersCommands } from '../en/handlers-commands.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/handlers-commands.ts. */
export const frHandlersCommands: Translation<typeof enHandlersCommands> = {
  'handler.extensionCreate.label': 'Installation de {type} en tant qu’extension {name}',
  'handler.extensionCreate.done': 'L’extension {name} est installée.',
  'handler.extensionUpdate.label': 'Mise à jour de l’extension {name}',
  'handler.extensionUpdate.requested': 'Valeurs demandées',
  'handler.extensionUpdate.changes': 'Modifications',
  'handler.extensionUpdate.columnSetting': 'PARAMÈTRE',
  'handler.extensionUpdate.columnValue': 'VALEUR',
  'handler.extensionUpdate.columnBefore': 'AVANT',
  'handler.extensionUpdate.columnAfter': 'APRÈS',
  'handler.extensionUpdate.protected': '•••• (protégé)',
  'handler.extensionUpdate.protectedNew': '•••• (nouveau)',
  'handler.extensionUpdate.unchanged': '{value} (inchangé)',
  'handler.extensionUpdate.none': '(aucune)',
  'handler.extensionUpdate.notSet': '(non défini)',
  'handler.extensionUpdate.default': '{value} (par défaut)',
  'handler.extensionUpdate.version': 'version',
  'handler.extensionUpdate.autoUpgrade': 'mise à niveau automatique',
  'handler.extensionUpdate.releaseTrain': 'train de mise en production',
  'handler.extensionUpdate.done':
    'Extension {name} mise à jour : {changed} {total, plural, one {paramètre modifié sur #} other {paramètres modifiés sur #}} (avant → après dans le tableau).',
  'handler.extensionShow.text': 'Extension {name} sur {cluster}.',
  'handler.extensionShow.type': 'Type',
  'handler.extensionShow.version': 'Version',
  'handler.extensionShow.autoUpgrade': 'Mise à niveau automatique',
  'handler.extensionShow.releaseTrain': 'Train de mise en production',
  'handler.extensionShow.unknownVersion': 'inconnue',
  'handler.extensionShow.settings': 'Paramètres de configuration',
  'handler.extensionList.none':
    'Aucune extension sur {cluster}. `flux create` installe microsoft.flux pour vous, ou exécutez `extension create -n flux --extension-type microsoft.flux`.',
  'handler.extensionList.columnType': 'TYPE',
  'handler.extensionList.columnVersion': 'VERSION',
  'handler.extensionList.columnAutoUpgrade': 'MISE À NIVEAU AUTO',
  'handler.extensionList.columnState': 'ÉTAT',
  'handler.extensionDelete.label': 'Suppression de l’extension {name}',
  'handler.extensionDelete.nothing': 'L’extension "{name}" n’est pas installée sur {cluster} : rien à supprimer.',
  'handler.extensionDelete.refused':
    'microsoft.flux n’est pas supprimée : {count, plural, one {# configuration Flux l’utilise} other {# configurations Flux l’utilisent}} encore ({names}). Supprimez-les d’abord — retirer l’extension sous elles peut laisser le cluster dans un état instable — puis relancez cette commande.',
  'handler.extensionDelete.table': 'Configurations Flux du cluster',
  'handler.extensionDelete.button': 'Supprimer {name}',
  'handler.extensionDelete.done': 'Extension {name} supprimée de {cluster}.',
  'handler.cluster.notConfigured':
    'Les commandes de cluster ne sont pas configurées dans ce fluxops (pas d’accès kube).',
  'handler.cluster.noTarget': 'Aucun cluster : définissez-en un avec {usage} ou passez -c/-g.',
  'handler.cluster.answered': 'L’API du cluster {cluster} a répondu {reason} : {message}',
  'handler.cluster.unreachable': 'API du cluster {cluster} : {message}',
  'handler.cluster.noRoute':
    'fluxops n’a aucun accès à l’API Kubernetes de {cluster}. Tout ce qu’apportent ARM et le webhook Flux fonctionne toujours ici (`flux show`, `flux list`, alertes). Pour les commandes dans le cluster, associez un contexte kubeconfig dans KUBE_CONTEXTS ou laissez fluxops utiliser les informations d’identification utilisateur AKS.',
  'handler.cluster.noRouteArc':
    'fluxops n’a aucun accès à l’API Kubernetes de {cluster} (un cluster Arc). Tout ce qu’apportent ARM et le webhook Flux fonctionne toujours ici (`flux show`, `flux list`, alertes). Pour les commandes dans le cluster, associez un contexte kubeconfig dans KUBE_CONTEXTS (par ex. via `az connectedk8s proxy`) ou exécutez fluxops dans le cluster avec KUBE_IN_CLUSTER.',
  'handler.cluster.noExactRoute':
    'Votre rôle ici vient d’une liaison limitée à une portée, et fluxops n’a aucun accès à {cluster} qui nomme son groupe de ressources {group} (un accès par le seul nom atteindrait n’importe quel cluster de ce nom). Un administrateur peut ajouter l’entrée KUBE_CONTEXTS {group}/{cluster}=<context>.',
  'handler.cluster.noExactRouteAks':
    'Votre rôle ici vient d’une liaison limitée à une portée, et fluxops n’a aucun accès à {cluster} qui nomme son groupe de ressources {group} (un accès par le seul nom atteindrait n’importe quel cluster de ce nom). Un administrateur peut ajouter l’entrée KUBE_CONTEXTS {group}/{cluster}=<context>, ou laisser fluxops utiliser les informations d’identification utilisateur AKS.',
  'handler.status.summary':
    '{objects} objets Flux sur {cluster} : {failing} non prêts, {suspended} suspendus ; {pods} pods dans {namespace}{unhealthy, plural, =0 {} other {, # non prêts}}.',
  'handler.reconcile.suspended': '{object} est suspendu, il ne sera donc pas rapproché. Exécutez d’abord `{command}`.',
  'handler.reconcile.timeout':
    '{object} : {verb, select, resumed {reprise demandée} other {rapprochement demandé}}, mais le contrôleur ne l’a pas encore traité.',
  'handler.reconcile.done': '{object} {verb, select, resumed {repris} other {rapproché}} : {message}',
  'handler.reconcile.failed': 'Échec du rapprochement de {kind} : « {message} »',
  'handler.reconcile.noReady': 'aucune condition Ready',
  'handler.reconcile.ready': 'Ready',
  'handler.reconcile.revision': 'Révision',
  'handler.reconcile.source': 'Rapprochement de la source {object}…',
  'handler.reconcile.object': 'Rapprochement de {object}…',
  'handler.suspend.already': '{object} était déjà suspendu.',
  'handler.suspend.done':
    '{object} suspendu : Flux conserve le dernier état appliqué et arrête le rapprochement jusqu’à `{command}`.',
  'handler.resume.notSuspended':
    '{object} n’était pas suspendu, il n’y avait donc rien à reprendre ; Flux continue de le rapprocher. Pour le rapprocher maintenant : `{command}`.',
  'handler.events.summary':
    '{count, plural, one {# événement Flux} other {# événements Flux}}{hasName, select, yes { pour {name}} other {}} sur {cluster}{warnings, plural, =0 {} one {, # avertissement} other {, # avertissements}}.',
  'handler.events.shared':
    ' "{name}" désigne {groups} objets Flux ({labels}) : les événements sont regroupés par objet.',
  'handler.events.none': 'Aucun événement Flux{hasName, select, yes { pour {name}} other {}} sur {cluster}.',
  'handler.events.tableOf': 'Événements de {object}',
  'handler.logs.noPod': 'Aucun pod {controller} dans {namespace} sur {cluster}. En cours d’exécution : {running}.',
  'handler.logs.noneRunning': 'aucun',
  'handler.logs.lines':
    '{count} {previous, select, yes {lignes du journal précédent} other {lignes de journal}} de {pod}/{container}.',
  'handler.logs.previous': '(précédent)',
};
