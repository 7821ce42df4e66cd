import type { enCluster } from '../en/cluster.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/cluster.ts. */
export const frCluster: Translation<typeof enCluster> = {
  'cluster.column.name': 'NOM',
  'cluster.column.revision': 'RÉVISION',
  'cluster.column.suspended': 'SUSPENDU',
  'cluster.column.ready': 'PRÊT',
  'cluster.column.message': 'MESSAGE',
  'cluster.column.status': 'STATUT',
  'cluster.column.restarts': 'REDÉMARRAGES',
  'cluster.column.age': 'ÂGE',
  'cluster.column.lastSeen': 'VU EN DERNIER',
  'cluster.column.type': 'TYPE',
  'cluster.column.reason': 'RAISON',
  'cluster.column.object': 'OBJET',
  'cluster.table.fluxObjects': 'Objets Flux',
  'cluster.table.pods': 'Pods dans {namespace}',
  'cluster.table.events': 'Événements',
  'cluster.fluxGet.waiting': 'en attente de rapprochement',
  'cluster.pod.restartsAgo': '{restarts} (il y a {age})',
  'cluster.fluxNotInstalled':
    'Flux n’est pas installé sur {cluster} (extension microsoft.flux absente) : le cluster ne sert aucune API toolkit.fluxcd.io. `flux create` installe microsoft.flux pour vous, ou exécutez `extension create -n flux --extension-type microsoft.flux`.',
  'cluster.object.ambiguousWithExample':
    '{kind} "{name}" existe dans plusieurs espaces de noms ({where}). Indiquez l’espace de noms avec --namespace, par exemple : `{example}`',
  'cluster.object.notFound': 'Aucun {kind} nommé "{name}" sur {cluster}. `status` liste les objets Flux qui existent.',
  'cluster.object.notFoundAny':
    'Aucun objet Flux nommé "{name}" sur {cluster}. `status` liste les objets Flux qui existent.',
  'cluster.previousLog.noRestart':
    '{controller} n’a pas redémarré (0 redémarrage) : il n’y a donc pas de journal de conteneur précédent. Retirez --previous pour voir le journal actuel.',
  'cluster.previousLog.gone':
    '{controller} a redémarré {restarts, plural, one {# fois} other {# fois}}, mais le cluster n’a plus le journal du conteneur précédent. Retirez --previous pour voir le journal actuel.',
  'cluster.kubeError.answered': 'l’API du cluster a répondu HTTP {code}',
  'cluster.kubeError.unreachable': 'l’API du cluster n’a pas répondu ({code})',
};
