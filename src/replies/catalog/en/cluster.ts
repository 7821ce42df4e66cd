/** English texts of the cluster tables and their summaries (src/cluster/ops). Keys: `cluster.<table>.<what>`. */
export const enCluster = {
  'cluster.column.name': 'NAME',
  'cluster.column.revision': 'REVISION',
  'cluster.column.suspended': 'SUSPENDED',
  'cluster.column.ready': 'READY',
  'cluster.column.message': 'MESSAGE',
  'cluster.column.status': 'STATUS',
  'cluster.column.restarts': 'RESTARTS',
  'cluster.column.age': 'AGE',
  'cluster.column.lastSeen': 'LAST SEEN',
  'cluster.column.type': 'TYPE',
  'cluster.column.reason': 'REASON',
  'cluster.column.object': 'OBJECT',
  'cluster.table.fluxObjects': 'Flux objects',
  'cluster.table.pods': 'Pods in {namespace}',
  'cluster.table.events': 'Events',
  'cluster.fluxGet.waiting': 'waiting to be reconciled',
  'cluster.pod.restartsAgo': '{restarts} ({age} ago)',
  'cluster.fluxNotInstalled':
    'Flux is not installed on {cluster} (microsoft.flux extension missing): the cluster serves no toolkit.fluxcd.io APIs. `flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.',
  'cluster.object.ambiguousWithExample':
    '{kind} "{name}" exists in more than one namespace ({where}). Name the namespace with --namespace, for example: `{example}`',
  'cluster.object.notFound': 'No {kind} named "{name}" on {cluster}. `status` lists the Flux objects that exist.',
  'cluster.object.notFoundAny':
    'No Flux object named "{name}" on {cluster}. `status` lists the Flux objects that exist.',
  'cluster.previousLog.noRestart':
    '{controller} has not restarted (0 restarts), so there is no previous container log. Drop --previous to see the current log.',
  'cluster.previousLog.gone':
    "{controller} restarted {restarts, plural, one {# time} other {# times}}, but the cluster no longer has the previous container's log. Drop --previous to see the current log.",
  'cluster.kubeError.answered': 'the cluster API answered HTTP {code}',
  'cluster.kubeError.unreachable': 'the cluster API did not answer ({code})',
} satisfies Record<string, string>;
