/**
 * English texts of the flux configuration handlers (flux, kustomization, deployed-object) and of the
 * live impact a delete confirmation shows. Keys: `handler.flux*`, `handler.kustomization*`,
 * `handler.deployedObject*`, `handler.preview.*`.
 */
export const enHandlersFlux = {
  'handler.fluxCreate.label': 'Creating flux configuration {name}',
  'handler.fluxUpdate.label': 'Updating flux configuration {name}',
  'handler.fluxUpdate.notFound': 'No flux configuration named "{name}" on {cluster}; `flux create` makes one.',
  'handler.fluxDelete.label': 'Deleting flux configuration {name}',
  'handler.fluxDelete.nothing': 'No flux configuration named "{name}" found on {cluster}, so nothing to delete.',
  'handler.fluxDelete.prune': 'prune=true on {kustomizations}: deleting {name} also deletes what they deployed.',
  'handler.fluxDelete.pruneObjects':
    'prune=true on {kustomizations}: deleting {name} also deletes what they deployed — {objects} and the workloads they created.',
  'handler.fluxDelete.done': 'Deleted flux configuration {name} from {cluster}.',
  'handler.fluxDelete.donePruned': 'Deleted flux configuration {name} from {cluster}. Pruned with it:',
  'handler.fluxDelete.table': 'Removed (prune=true)',
  'handler.fluxList.none':
    'No flux configurations on {cluster}. Create one with `flux create -n NAME -u URL --branch main --kustomization name=apps path=./apps`.',
  'handler.fluxList.count': '{count, plural, one {# flux configuration} other {# flux configurations}} on {cluster}.',
  'handler.fluxList.columnProvisioning': 'PROVISIONING',
  'handler.fluxList.columnSource': 'SOURCE',
  'handler.fluxShow.text': 'Flux configuration {name} on {cluster} is {state}.',
  'handler.kustomization.label':
    '{verb, select, create {Adding} update {Updating} other {Removing}} kustomization {name} in {config}',
  'handler.kustomization.exists':
    'Kustomization "{name}" already exists in {config}; use `flux kustomization update` to change it.',
  'handler.kustomization.missing': 'No kustomization "{name}" in {config} (it has {existing}).',
  'handler.kustomization.none': 'none',
  'handler.kustomization.prune': 'prune=true: deleting {name} also deletes what it deployed.',
  'handler.kustomization.pruneObjects': 'prune=true: deleting {name} also deletes what it deployed — {objects}.',
  'handler.kustomizationList.count': '{count, plural, one {# kustomization} other {# kustomizations}} in {config}.',
  'handler.kustomizationShow.text': 'Kustomization {name} of {config} (Flux object {applier}).',
  'handler.kustomizationShow.path': 'Path',
  'handler.kustomizationShow.repositoryRoot': '(repository root)',
  'handler.kustomizationShow.dependsOn': 'Depends on',
  'handler.kustomizationShow.prune': 'Prune',
  'handler.kustomizationShow.force': 'Force',
  'handler.kustomizationShow.wait': 'Wait (health checks)',
  'handler.kustomizationShow.syncInterval': 'Sync interval',
  'handler.kustomizationShow.timeout': 'Timeout',
  'handler.kustomizationShow.retryInterval': 'Retry interval',
  'handler.deployedObjectList.count':
    '{count, plural, one {# object} other {# objects}} deployed by {config} (compliance {state}).',
  'handler.deployedObjectList.none': 'Flux has not reported any objects for {config} yet (compliance {state}).',
  'handler.deployedObjectShow.missing':
    '{config} reports no {kind} {namespace}/{name}. `flux deployed-object list` shows what it reports.',
  'handler.deployedObjectShow.text': '{kind} {namespace}/{name} deployed by {config}.',
  'handler.deployedObjectShow.kind': 'Kind',
  'handler.deployedObjectShow.appliedBy': 'Applied by',
  'handler.deployedObjectShow.helmRevision': 'Helm revision',
  'handler.deployedObjectShow.chart': 'Chart',
  'handler.deployedObjectShow.failures': 'Failures (total / install / upgrade)',
  'handler.deployedObjectShow.conditions': 'Conditions',
  'handler.deployedObjectShow.columnType': 'TYPE',
  'handler.deployedObjectShow.columnStatus': 'STATUS',
  'handler.deployedObjectShow.columnSince': 'SINCE',
  'handler.preview.noConfig': 'Live state: there is no flux configuration "{name}"; confirming changes nothing.',
  'handler.preview.noPrune':
    'Live state: no kustomization of {name} has prune=true, so the workloads it deployed stay on the cluster.',
  'handler.preview.prune':
    'Live state: prune=true on {kustomizations} — confirming deletes {count, plural, =0 {0 objects Flux applied} one {# object Flux applied ({objects})} other {# objects Flux applied ({objects})}} and the workloads they created.',
  'handler.preview.pruneTable': 'Prune will delete',
  'handler.preview.noKustomization': 'Live state: {config} has no kustomization "{name}"; confirming changes nothing.',
  'handler.preview.kustomizationNoPrune':
    'Live state: kustomization {name} (path {path}) is removed from {config}; prune is off, so what it deployed stays on the cluster.',
  'handler.preview.kustomizationPrune':
    'Live state: kustomization {name} (path {path}) is removed from {config}; prune=true deletes {objects} with it.',
  'handler.preview.kustomizationPruneUnknown':
    'Live state: kustomization {name} (path {path}) is removed from {config}; prune=true deletes what it applied with it.',
  'handler.preview.noExtension': 'Live state: extension "{name}" is not installed; confirming changes nothing.',
  'handler.preview.otherExtension': 'Live state: {name} is a {type} extension.',
  'handler.preview.noConfigs': 'Live state: no flux configuration uses microsoft.flux on this cluster.',
  'handler.preview.configsLeft':
    'Live state: {count, plural, one {# flux configuration uses} other {# flux configurations use}} microsoft.flux ({names}); they would be left without Flux, so fluxops will refuse this delete until they are deleted.',
  'handler.preview.leftTable': 'Would be left without Flux',
  'handler.preview.unreadable':
    'Live state could not be read ({code}: {message}); fluxops checks again after you confirm.',
} satisfies Record<string, string>;
