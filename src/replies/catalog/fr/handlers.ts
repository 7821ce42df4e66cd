import type { enHandlers } from '../en/handlers.ts';
import type { Translation } from '../translation.ts';
import { frHandlersAlerts } from './handlers-alerts.ts';
import { frHandlersCommands } from './handlers-commands.ts';
import { frHandlersFlux } from './handlers-flux.ts';

/** Français : see en/handlers.ts. */
export const frHandlers: Translation<typeof enHandlers> = {
  'handler.field.compliance': 'Conformité',
  'handler.field.provisioning': 'Approvisionnement',
  'handler.field.namespace': 'Espace de noms',
  'handler.field.source': 'Source',
  'handler.field.ref': 'Référence',
  'handler.field.syncedCommit': 'Commit synchronisé',
  'handler.field.suspended': 'Suspendue',
  'handler.field.error': 'Erreur',
  'handler.field.deployKey': 'Clé de déploiement (à ajouter au référentiel)',
  'handler.field.httpStatus': 'Statut HTTP',
  'handler.field.operation': 'Opération',
  'handler.field.checkWith': 'Vérifier avec',
  'handler.field.extension': 'Extension',
  'handler.field.state': 'État',
  'handler.field.upgradeCommand': 'Commande de mise à niveau',
  'handler.value.yes': 'oui',
  'handler.value.unknown': 'Unknown',
  'handler.config.namespaceScope': '{namespace} (étendue {scope})',
  'handler.config.ref': '{kind, select, commit {commit} semver {semver} tag {étiquette} other {branche}} {value}',
  'handler.table.kustomizations': 'Kustomizations',
  'handler.table.objects': 'Objets',
  'handler.table.failingObjects': 'Objets en échec',
  'handler.table.details': 'Détails',
  'handler.column.name': 'NOM',
  'handler.column.path': 'CHEMIN',
  'handler.column.dependsOn': 'DÉPEND DE',
  'handler.column.prune': 'PRUNE',
  'handler.column.interval': 'INTERVALLE',
  'handler.column.kind': 'TYPE',
  'handler.column.namespace': 'ESPACE DE NOMS',
  'handler.column.compliance': 'CONFORMITÉ',
  'handler.column.reason': 'RAISON',
  'handler.column.message': 'MESSAGE',
  'handler.column.appliedBy': 'APPLIQUÉ PAR',
  'handler.column.code': 'Code',
  'handler.column.messageText': 'Message',
  'handler.column.key': 'CLÉ',
  'handler.column.minimumVersion': 'VERSION MINIMALE',
  'handler.column.installed': 'INSTALLÉE',
  'handler.write.sending': '{label} : envoi de {method} à Azure…',
  'handler.write.conflict':
    '{label} : Azure signale une autre opération en cours ({code} : {message}) — attente de sa fin avant d’envoyer la nôtre.',
  'handler.write.resumed': '{label} : reprise de l’opération {operation} (acceptée plus tôt ; pas renvoyée).',
  'handler.write.accepted': '{label} : acceptée par Azure, opération {operation}.',
  'handler.write.acceptedNoWait': '{label} : acceptée par Azure, opération {operation} (--no-wait : non suivie).',
  'handler.write.status': '{label} : opération {operation} {status}.',
  'handler.write.nothingToDo': '{label} : Azure a répondu immédiatement — rien à faire (204).',
  'handler.write.doneAtOnce': '{label} : Azure a répondu immédiatement — terminé (HTTP {statusCode}).',
  'handler.compliance.progress': 'Conformité : {history}',
  'handler.compliance.waitingAgent': 'Conformité : en attente du rapport de l’agent Flux (environ une minute).',
  'handler.compliance.waitingAgentBefore':
    'Conformité : en attente du rapport de l’agent Flux (environ une minute). Azure affiche encore {state}, d’avant la modification.',
  'handler.compliance.waitingAgentFirst':
    'Conformité : en attente du premier rapport de l’agent Flux (environ une minute). D’ici là, Azure affiche {state}.',
  'handler.compliance.staleFirst':
    'Azure a accepté {name}, mais l’agent Flux n’a encore rien signalé (après {deadline}) ; d’ici là, ce qu’Azure affiche n’est pas le résultat. `flux show {name}` affiche le premier rapport de l’agent.',
  'handler.compliance.stale':
    'Azure a accepté {name}, mais l’agent Flux n’a rien signalé depuis la modification (après {deadline}). Ce qu’Azure affiche date d’avant la modification : ce n’est pas le résultat. `flux show {name}` affiche le prochain rapport de l’agent.',
  'handler.compliance.staleWithState':
    'Azure a accepté {name}, mais l’agent Flux n’a rien signalé depuis la modification (après {deadline}). Ce qu’Azure affiche ({state}) date d’avant la modification : ce n’est pas le résultat. `flux show {name}` affiche le prochain rapport de l’agent.',
  'handler.compliance.unsettled':
    'Azure a accepté {name}, mais le rapprochement Flux n’est pas terminé après {deadline} (toujours {state}). `flux show {name}` indique où il en est.',
  'handler.compliance.failed': '{name} est {state} : Flux n’a pas pu tout appliquer.',
  'handler.compliance.settled': '{name} est {state}.',
  'handler.noWait.accepted':
    '{what} : acceptée par Azure (opération {operation}). Avec --no-wait, fluxops ne suit pas cette opération : ce message n’indiquera pas son issue. Vérifiez avec `{check}`.',
  'handler.noWait.atOnce':
    '{what} : Azure a répondu immédiatement (HTTP {statusCode}), il n’y a donc aucune opération à suivre. `{check}` affiche le résultat.',
  'handler.worker.notAvailable': '`{kind}` est compris, mais pas encore disponible dans cette version de fluxops.',
  'handler.worker.throttled':
    'Azure a répondu {code} ({message}) ; attente de {seconds} s comme le demande son Retry-After, puis nouvelle tentative.',
  'handler.worker.retrying': 'Azure a répondu {code} ({message}) ; nouvelle tentative ({attempt} sur {attempts}).',
  'handler.fluxConfig.notFound':
    'Aucune configuration Flux nommée "{name}" sur {cluster}. `flux list` affiche celles qui existent.',
  'handler.extension.notInstalled':
    'L’extension "{name}" n’est pas installée sur {cluster}. `flux create` installe microsoft.flux pour vous, ou exécutez `extension create -n flux --extension-type microsoft.flux`.',
  'handler.extension.isInstalled': 'microsoft.flux {version} est installée (extension {name}).',
  'handler.extension.isInstalledNoVersion': 'microsoft.flux est installée (extension {name}).',
  'handler.extension.installing':
    'L’extension « Microsoft.Flux » est en cours d’installation sur le cluster. Impossible de poursuivre l’installation de la configuration Flux v2. Réessayez quand `extension show -n {name}` indique Succeeded.',
  'handler.extension.notSucceeded':
    'L’extension « Microsoft.Flux » est installée, mais pas dans un état de réussite sur le cluster ({state}). Impossible de poursuivre l’installation de la configuration Flux v2. `extension show -n {name}` affiche son erreur ; corrigez-la ou réinstallez-la d’abord.',
  'handler.extension.installLabel':
    'microsoft.flux n’est pas installée sur {cluster} ; installation en tant qu’extension "{name}"',
  'handler.extension.installLabelNoWait':
    'microsoft.flux n’est pas installée sur {cluster} ; installation en tant qu’extension "{name}" (attendue malgré --no-wait : Azure refuse une configuration Flux tant que l’extension n’est pas Succeeded)',
  'handler.guard.servicePrincipal':
    '{cluster} est un cluster AKS créé avec un principal de service, et l’extension microsoft.flux ne fonctionne pas sur ces clusters ; rien n’a été installé. Passez d’abord le cluster en identité managée :\n{command}\npuis relancez cette commande.',
  'handler.guard.openshift':
    '{cluster} exécute OpenShift : les contrôleurs de Flux ont besoin de la contrainte de contexte de sécurité nonroot avant l’installation de microsoft.flux, sinon ils ne démarrent pas. Rien n’a été installé. Exécutez ces six lignes avec oc sur le cluster :\n{lines}\npuis relancez cette commande avec --yes ({rerun}).',
  'handler.guard.openshiftConfirmed':
    'OpenShift : poursuite avec --yes, car les lignes SCC nonroot ont été exécutées :\n{lines}',
  'handler.gate.unknownKeys': '⚠ fluxops ne connaît pas {keys} ; envoi tel quel, Azure décide.',
  'handler.gate.tooOld':
    'microsoft.flux {version} est trop ancienne pour {keys} : mettez d’abord à niveau vers {required} ou ultérieure (dernière connue : {latest}), puis relancez cette commande.\n{command}',
  'handler.gate.table': 'Nécessite une version plus récente de microsoft.flux',
  'handler.parent.resourceGroup':
    'Le groupe de ressources "{group}" n’existe pas dans l’abonnement {subscription} (ou fluxops ne peut pas le lire). Vérifiez -g ; `az group list -o table` liste les groupes, par exemple `-g flux-demo-rg`.',
  'handler.parent.noCluster': 'Il n’y a pas de cluster {type} nommé "{name}" dans le groupe de ressources {group}.',
  'handler.parent.otherType': ' Il existe un cluster {other} de ce nom : utilisez -t {other} ({flags}).',
  'handler.parent.didYouMean': ' Vouliez-vous dire {guess} ({flags}) ?',
  'handler.parent.inGroup': ' Clusters dans {group} : {listed}.',
  'handler.parent.emptyGroup': ' Le groupe de ressources {group} ne contient aucun cluster Kubernetes.',
  'handler.advice.unsupported':
    'microsoft.flux {version} est hors de la période de support (la dernière version {latest} et les deux versions mineures précédentes, soit {oldest} ou ultérieure). Mise à niveau : {command}',
  'handler.advice.autoUpgradeOff':
    'La mise à niveau automatique est désactivée : microsoft.flux reste en {version} et sortira du support. Pour suivre les nouvelles versions : {command}',
  'handler.advice.autoUpgradeOffPinned':
    'La mise à niveau automatique est désactivée : microsoft.flux reste à sa version épinglée et sortira du support. Pour suivre les nouvelles versions : {command}',
  'handler.advice.azureDevOpsSsh':
    'Azure DevOps n’accepte plus les clés d’hôte SSH-RSA ; sans rsa-sha2, Flux ne peut pas récupérer ce référentiel. Exécutez : {command} (et image-automation-controller.ssh-host-key-args si l’automatisation des images est activée).',
  'handler.advice.registration':
    'L’abonnement n’a pas inscrit les fournisseurs de ressources dont GitOps a besoin. Exécutez ces commandes une fois (l’inscription prend quelques minutes ; `az provider show -n Microsoft.KubernetesConfiguration -o table` indique quand elle est terminée) :\n{commands}',
  ...frHandlersFlux,
  ...frHandlersCommands,
  ...frHandlersAlerts,
};
