import type { enHandlersFlux } from '../en/handlers-flux.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/handlers-flux.ts. */
export const frHandlersFlux: Translation<typeof enHandlersFlux> = {
  'handler.fluxCreate.label': 'Création de la configuration Flux {name}',
  'handler.fluxUpdate.label': 'Mise à jour de la configuration Flux {name}',
  'handler.fluxUpdate.notFound': 'Aucune configuration Flux nommée "{name}" sur {cluster} ; `flux create` en crée une.',
  'handler.fluxDelete.label': 'Suppression de la configuration Flux {name}',
  'handler.fluxDelete.nothing': 'Aucune configuration Flux nommée "{name}" trouvée sur {cluster} : rien à supprimer.',
  'handler.fluxDelete.prune':
    'prune=true sur {kustomizations} : supprimer {name} supprime aussi ce qu’elles ont déployé.',
  'handler.fluxDelete.pruneObjects':
    'prune=true sur {kustomizations} : supprimer {name} supprime aussi ce qu’elles ont déployé — {objects} et les charges de travail qu’ils ont créées.',
  'handler.fluxDelete.done': 'Configuration Flux {name} supprimée de {cluster}.',
  'handler.fluxDelete.donePruned': 'Configuration Flux {name} supprimée de {cluster}. Nettoyés avec elle (prune) :',
  'handler.fluxDelete.table': 'Supprimés (prune=true)',
  'handler.fluxList.none':
    'Aucune configuration Flux sur {cluster}. Créez-en une avec `flux create -n NAME -u URL --branch main --kustomization name=apps path=./apps`.',
  'handler.fluxList.count': '{count, plural, one {# configuration Flux} other {# configurations Flux}} sur {cluster}.',
  'handler.fluxList.columnProvisioning': 'APPROVISIONNEMENT',
  'handler.fluxList.columnSource': 'SOURCE',
  'handler.fluxShow.text': 'La configuration Flux {name} sur {cluster} est {state}.',
  'handler.kustomization.label':
    '{verb, select, create {Ajout} update {Mise à jour} other {Retrait}} de la kustomization {name} dans {config}',
  'handler.kustomization.exists':
    'La kustomization "{name}" existe déjà dans {config} ; utilisez `flux kustomization update` pour la modifier.',
  'handler.kustomization.missing': 'Aucune kustomization "{name}" dans {config} (elle contient : {existing}).',
  'handler.kustomization.none': 'aucune',
  'handler.kustomization.prune': 'prune=true : supprimer {name} supprime aussi ce qu’elle a déployé.',
  'handler.kustomization.pruneObjects':
    'prune=true : supprimer {name} supprime aussi ce qu’elle a déployé — {objects}.',
  'handler.kustomizationList.count': '{count, plural, one {# kustomization} other {# kustomizations}} dans {config}.',
  'handler.kustomizationShow.text': 'Kustomization {name} de {config} (objet Flux {applier}).',
  'handler.kustomizationShow.path': 'Chemin',
  'handler.kustomizationShow.repositoryRoot': '(racine du référentiel)',
  'handler.kustomizationShow.dependsOn': 'Dépend de',
  'handler.kustomizationShow.prune': 'Prune',
  'handler.kustomizationShow.force': 'Force',
  'handler.kustomizationShow.wait': 'Attente (contrôles d’intégrité)',
  'handler.kustomizationShow.syncInterval': 'Intervalle de synchronisation',
  'handler.kustomizationShow.timeout': 'Délai d’expiration',
  'handler.kustomizationShow.retryInterval': 'Intervalle de nouvelle tentative',
  'handler.deployedObjectList.count':
    '{count, plural, one {# objet déployé} other {# objets déployés}} par {config} (conformité {state}).',
  'handler.deployedObjectList.none': 'Flux n’a encore signalé aucun objet pour {config} (conformité {state}).',
  'handler.deployedObjectShow.missing':
    '{config} ne signale aucun {kind} {namespace}/{name}. `flux deployed-object list` affiche ce qu’elle signale.',
  'handler.deployedObjectShow.text': '{kind} {namespace}/{name} déployé par {config}.',
  'handler.deployedObjectShow.kind': 'Type',
  'handler.deployedObjectShow.appliedBy': 'Appliqué par',
  'handler.deployedObjectShow.helmRevision': 'Révision Helm',
  'handler.deployedObjectShow.chart': 'Chart',
  'handler.deployedObjectShow.failures': 'Échecs (total / installation / mise à niveau)',
  'handler.deployedObjectShow.conditions': 'Conditions',
  'handler.deployedObjectShow.columnType': 'TYPE',
  'handler.deployedObjectShow.columnStatus': 'STATUT',
  'handler.deployedObjectShow.columnSince': 'DEPUIS',
  'handler.preview.noConfig': 'État actuel : il n’y a pas de configuration Flux "{name}" ; confirmer ne change rien.',
  'handler.preview.noPrune':
    'État actuel : aucune kustomization de {name} n’a prune=true, donc les charges de travail déployées restent sur le cluster.',
  'handler.preview.prune':
    'État actuel : prune=true sur {kustomizations} — confirmer supprime {count, plural, =0 {0 objet appliqué par Flux} one {# objet appliqué par Flux ({objects})} other {# objets appliqués par Flux ({objects})}} et les charges de travail qu’ils ont créées.',
  'handler.preview.pruneTable': 'Prune supprimera',
  'handler.preview.noKustomization':
    'État actuel : {config} n’a pas de kustomization "{name}" ; confirmer ne change rien.',
  'handler.preview.kustomizationNoPrune':
    'État actuel : la kustomization {name} (chemin {path}) est retirée de {config} ; prune est désactivé, donc ce qu’elle a déployé reste sur le cluster.',
  'handler.preview.kustomizationPrune':
    'État actuel : la kustomization {name} (chemin {path}) est retirée de {config} ; prune=true supprime {objects} avec elle.',
  'handler.preview.kustomizationPruneUnknown':
    'État actuel : la kustomization {name} (chemin {path}) est retirée de {config} ; prune=true supprime ce qu’elle a appliqué avec elle.',
  'handler.preview.noExtension': 'État actuel : l’extension "{name}" n’est pas installée ; confirmer ne change rien.',
  'handler.preview.otherExtension': 'État actuel : {name} est une extension {type}.',
  'handler.preview.noConfigs': 'État actuel : aucune configuration Flux n’utilise microsoft.flux sur ce cluster.',
  'handler.preview.configsLeft':
    'État actuel : {count, plural, one {# configuration Flux utilise} other {# configurations Flux utilisent}} microsoft.flux ({names}) ; elles resteraient sans Flux, donc fluxops refusera cette suppression tant qu’elles ne sont pas supprimées.',
  'handler.preview.leftTable': 'Resteraient sans Flux',
  'handler.preview.unreadable':
    'Impossible de lire l’état actuel ({code} : {message}) ; fluxops vérifie à nouveau après votre confirmation.',
};
