import type { enImpact } from '../en/impact.ts';
import type { Translation } from '../translation.ts';

/** Français : the sentence above Confirm/Cancel and the live preview (see en/impact.ts). */
export const frImpact: Translation<typeof enImpact> = {
  'impact.on-cluster': ' sur {cluster}',
  'impact.change': 'Cette modification{where} {what}.',
  'impact.change.default': 'peut supprimer des charges de travail ou arrêter des déploiements',
  'impact.risk.disables': 'désactive {controller}',
  'impact.risk.source': 'fait pointer la configuration vers une autre source ({url})',
  'impact.risk.ref': 'change la référence git à partir de laquelle Flux déploie',
  'impact.risk.suspend': 'suspend le rapprochement',
  'impact.risk.prune-off': 'désactive prune pour la kustomization {name}',
  'impact.extension-delete':
    'Ceci désinstalle l’extension Flux « {name} »{where}. fluxops refuse tant que des configurations Flux l’utilisent.',
  'impact.flux-delete':
    'Ceci supprime la configuration Flux « {name} »{where}. Les kustomizations avec prune=true suppriment aussi les charges de travail qu’elles ont déployées.',
  'impact.kustomization-delete':
    'Ceci retire la kustomization « {name} » de la configuration « {config} »{where} ; avec prune=true, ses charges de travail sont supprimées.',
  'impact.suspend': 'Ceci suspend « {name} »{where} : Flux cesse d’y appliquer des modifications jusqu’à sa reprise.',
  'preview.column.kind': 'TYPE',
  'preview.column.namespace': 'ESPACE DE NOMS',
  'preview.column.name': 'NOM',
  'preview.column.applied-by': 'APPLIQUÉ PAR',
  'preview.column.compliance': 'CONFORMITÉ',
  'preview.flux.none': 'État actuel : il n’existe pas de configuration Flux « {name} » ; confirmer ne change rien.',
  'preview.flux.no-prune':
    'État actuel : aucune kustomization de {name} n’a prune=true, les charges de travail déployées restent donc sur le cluster.',
  'preview.flux.prune':
    'État actuel : prune=true sur {kustomizations} — confirmer supprime {count, plural, one {# objet appliqué} other {# objets appliqués}} par Flux{objects} et les charges de travail qu’ils ont créées.',
  'preview.flux.objects': ' ({objects})',
  'preview.table.prune': 'Supprimé par prune',
  'preview.kustomization.no-config':
    'État actuel : il n’existe pas de configuration Flux « {config} » ; confirmer ne change rien.',
  'preview.kustomization.none':
    'État actuel : {config} n’a pas de kustomization « {name} » ; confirmer ne change rien.',
  'preview.kustomization.where': 'la kustomization {name} (chemin {path}) est retirée de {config}',
  'preview.kustomization.no-prune':
    'État actuel : {where} ; prune est désactivé, ce qu’elle a déployé reste donc sur le cluster.',
  'preview.kustomization.prune': 'État actuel : {where} ; prune=true supprime aussi {objects}.',
  'preview.kustomization.what-it-applied': 'ce qu’elle a appliqué',
  'preview.extension.none': 'État actuel : l’extension « {name} » n’est pas installée ; confirmer ne change rien.',
  'preview.extension.other': 'État actuel : {name} est une extension {type}.',
  'preview.extension.unused': 'État actuel : aucune configuration Flux n’utilise microsoft.flux sur ce cluster.',
  'preview.extension.used':
    'État actuel : {count, plural, one {# configuration Flux utilise} other {# configurations Flux utilisent}} microsoft.flux ({names}) ; elles resteraient sans Flux, fluxops refusera donc cette suppression tant qu’elles ne sont pas supprimées.',
  'preview.unreadable':
    'L’état actuel n’a pas pu être lu ({code} : {message}) ; fluxops vérifie à nouveau après votre confirmation.',
  'preview.extension.table': 'Resteraient sans Flux',
  'overwrite.flux.headline':
    'La configuration Flux « {name} » existe déjà sur {cluster} : create la remplace entièrement',
  'overwrite.flux.instead': '`flux update -n {name}` ne change que les champs indiqués',
  'overwrite.extension.headline':
    'L’extension « {name} » est déjà installée sur {cluster} : create remplace ses paramètres par ceux indiqués',
  'overwrite.extension.instead': '`extension update -n {name} --config …` ne change que les paramètres indiqués',
  'overwrite.dropping': ', en perdant {items}',
  'overwrite.text': '{headline}{dropping}. Confirmez pour la remplacer ; {instead}.',
  'overwrite.table': 'Avant → après',
  'overwrite.column.what': 'ÉLÉMENT',
  'overwrite.column.before': 'AVANT',
  'overwrite.column.after': 'APRÈS',
  'overwrite.value.dropped': 'supprimé',
  'overwrite.value.set': 'défini',
  'overwrite.value.wiped': 'effacé',
  'overwrite.value.wiped-default': 'effacé (valeur par défaut)',
  'overwrite.what.flux': 'la configuration Flux « {name} »',
  'overwrite.what.extension': 'l’extension « {name} »',
  'overwrite.unknown':
    'fluxops n’a pas pu lire si {what} existe déjà sur {cluster} ({reason}) ; si c’est le cas, create la remplace entièrement. Confirmez pour continuer.',
  'overwrite.unknown.timeout': 'Azure n’a pas répondu en {seconds} s',
};
