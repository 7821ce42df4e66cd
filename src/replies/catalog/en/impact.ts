/**
 * English texts of the sentence above Confirm/Cancel (the kinds' `impact`, src/commands/impact-text.ts)
 * and of the live preview that follows it (src/azure/confirm-impact.ts).
 */
export const enImpact = {
  'impact.on-cluster': ' on {cluster}',
  'impact.change': 'This change{where} {what}.',
  'impact.change.default': 'can remove workloads or stop deployments',
  'impact.risk.disables': 'disables {controller}',
  'impact.risk.source': 'points the configuration at another source ({url})',
  'impact.risk.ref': 'changes the git ref Flux deploys from',
  'impact.risk.suspend': 'suspends reconciliation',
  'impact.risk.prune-off': 'turns prune off for kustomization {name}',
  'impact.extension-delete':
    'This uninstalls the Flux extension "{name}"{where}. fluxops refuses while flux configurations still use it.',
  'impact.flux-delete':
    'This deletes flux configuration "{name}"{where}. Kustomizations with prune=true also delete the workloads they deployed.',
  'impact.kustomization-delete':
    'This removes kustomization "{name}" from configuration "{config}"{where}; with prune=true its workloads are deleted.',
  'impact.suspend': 'This suspends "{name}"{where}: Flux stops applying changes to it until it is resumed.',
  'preview.column.kind': 'KIND',
  'preview.column.namespace': 'NAMESPACE',
  'preview.column.name': 'NAME',
  'preview.column.applied-by': 'APPLIED BY',
  'preview.column.compliance': 'COMPLIANCE',
  'preview.flux.none': 'Live state: there is no flux configuration "{name}"; confirming changes nothing.',
  'preview.flux.no-prune':
    'Live state: no kustomization of {name} has prune=true, so the workloads it deployed stay on the cluster.',
  'preview.flux.prune':
    'Live state: prune=true on {kustomizations} — confirming deletes {count, plural, one {# object} other {# objects}} Flux applied{objects} and the workloads they created.',
  'preview.flux.objects': ' ({objects})',
  'preview.table.prune': 'Prune will delete',
  'preview.kustomization.no-config':
    'Live state: there is no flux configuration "{config}"; confirming changes nothing.',
  'preview.kustomization.none': 'Live state: {config} has no kustomization "{name}"; confirming changes nothing.',
  'preview.kustomization.where': 'kustomization {name} (path {path}) is removed from {config}',
  'preview.kustomization.no-prune': 'Live state: {where}; prune is off, so what it deployed stays on the cluster.',
  'preview.kustomization.prune': 'Live state: {where}; prune=true deletes {objects} with it.',
  'preview.kustomization.what-it-applied': 'what it applied',
  'preview.extension.none': 'Live state: extension "{name}" is not installed; confirming changes nothing.',
  'preview.extension.other': 'Live state: {name} is a {type} extension.',
  'preview.extension.unused': 'Live state: no flux configuration uses microsoft.flux on this cluster.',
  'preview.extension.used':
    'Live state: {count, plural, one {# flux configuration uses} other {# flux configurations use}} microsoft.flux ({names}); they would be left without Flux, so fluxops will refuse this delete until they are deleted.',
  'preview.unreadable': 'Live state could not be read ({code}: {message}); fluxops checks again after you confirm.',
  'preview.extension.table': 'Would be left without Flux',
  'overwrite.flux.headline': 'Flux configuration "{name}" already exists on {cluster}: create replaces it whole',
  'overwrite.flux.instead': '`flux update -n {name}` changes only the fields you give',
  'overwrite.extension.headline':
    'Extension "{name}" is already installed on {cluster}: create replaces its settings with the ones given',
  'overwrite.extension.instead': '`extension update -n {name} --config …` changes only the settings you give',
  'overwrite.dropping': ', dropping {items}',
  'overwrite.text': '{headline}{dropping}. Confirm to replace it; {instead}.',
  'overwrite.table': 'Before → after',
  'overwrite.column.what': 'WHAT',
  'overwrite.column.before': 'BEFORE',
  'overwrite.column.after': 'AFTER',
  'overwrite.value.dropped': 'dropped',
  'overwrite.value.set': 'set',
  'overwrite.value.wiped': 'wiped',
  'overwrite.value.wiped-default': 'wiped (default)',
  'overwrite.what.flux': 'flux configuration "{name}"',
  'overwrite.what.extension': 'extension "{name}"',
  'overwrite.unknown':
    'fluxops could not read whether {what} already exists on {cluster} ({reason}); if it does, create replaces it whole. Confirm to go ahead.',
  'overwrite.unknown.timeout': 'Azure did not answer within {seconds} s',
} satisfies Record<string, string>;
