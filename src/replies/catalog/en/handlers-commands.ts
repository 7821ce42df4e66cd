/**
 * English texts of the extension handlers and the cluster handlers (status, reconcile, suspend, resume,
 * events, logs). Keys: `handler.extension*`, `handler.status.*`, `handler.reconcile.*`, `handler.suspend.*`,
 * `handler.events.*`, `handler.logs.*`, `handler.cluster.*`.
 */
export const enHandlersCommands = {
  'handler.extensionCreate.label': 'Installing {type} as extension {name}',
  'handler.extensionCreate.done': 'Extension {name} is installed.',
  'handler.extensionUpdate.label': 'Updating extension {name}',
  'handler.extensionUpdate.requested': 'Requested',
  'handler.extensionUpdate.changes': 'Changes',
  'handler.extensionUpdate.columnSetting': 'SETTING',
  'handler.extensionUpdate.columnValue': 'VALUE',
  'handler.extensionUpdate.columnBefore': 'BEFORE',
  'handler.extensionUpdate.columnAfter': 'AFTER',
  'handler.extensionUpdate.protected': '•••• (protected)',
  'handler.extensionUpdate.protectedNew': '•••• (new)',
  'handler.extensionUpdate.unchanged': '{value} (unchanged)',
  'handler.extensionUpdate.none': '(none)',
  'handler.extensionUpdate.notSet': '(not set)',
  'handler.extensionUpdate.default': '{value} (default)',
  'handler.extensionUpdate.version': 'version',
  'handler.extensionUpdate.autoUpgrade': 'auto-upgrade',
  'handler.extensionUpdate.releaseTrain': 'release train',
  'handler.extensionUpdate.done':
    'Extension {name} updated: {changed} of {total, plural, one {# setting} other {# settings}} changed (before → after in the table).',
  'handler.extensionShow.text': 'Extension {name} on {cluster}.',
  'handler.extensionShow.type': 'Type',
  'handler.extensionShow.version': 'Version',
  'handler.extensionShow.autoUpgrade': 'Auto-upgrade',
  'handler.extensionShow.releaseTrain': 'Release train',
  'handler.extensionShow.unknownVersion': 'unknown',
  'handler.extensionShow.settings': 'Configuration settings',
  'handler.extensionList.none':
    'No extensions on {cluster}. `flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.',
  'handler.extensionList.columnType': 'TYPE',
  'handler.extensionList.columnVersion': 'VERSION',
  'handler.extensionList.columnAutoUpgrade': 'AUTO-UPGRADE',
  'handler.extensionList.columnState': 'STATE',
  'handler.extensionDelete.label': 'Deleting extension {name}',
  'handler.extensionDelete.nothing': 'Extension "{name}" is not installed on {cluster}, so nothing to delete.',
  'handler.extensionDelete.refused':
    'Not deleting microsoft.flux: {count, plural, one {# flux configuration still uses} other {# flux configurations still use}} it ({names}). Delete them first — removing the extension under them can leave the cluster in an unstable state — then run this again.',
  'handler.extensionDelete.table': 'Flux configurations on the cluster',
  'handler.extensionDelete.button': 'Delete {name}',
  'handler.extensionDelete.done': 'Deleted extension {name} from {cluster}.',
  'handler.cluster.notConfigured': 'Cluster commands are not configured in this fluxops (no kube access).',
  'handler.cluster.noTarget': 'No cluster: set one with {usage} or pass -c/-g.',
  'handler.cluster.answered': 'The cluster API of {cluster} answered {reason}: {message}',
  'handler.cluster.unreachable': 'The cluster API of {cluster}: {message}',
  'handler.cluster.noRoute':
    'fluxops has no route to the Kubernetes API of {cluster}. Everything ARM and the Flux webhook provide still works here (`flux show`, `flux list`, alerts). For in-cluster commands, map a kubeconfig context in KUBE_CONTEXTS or let fluxops use AKS user credentials.',
  'handler.cluster.noRouteArc':
    'fluxops has no route to the Kubernetes API of {cluster} (an Arc cluster). Everything ARM and the Flux webhook provide still works here (`flux show`, `flux list`, alerts). For in-cluster commands, map a kubeconfig context in KUBE_CONTEXTS (e.g. through `az connectedk8s proxy`) or run fluxops inside the cluster with KUBE_IN_CLUSTER.',
  'handler.cluster.noExactRoute':
    'Your role here comes from a binding limited to a scope, and fluxops has no route to {cluster} that names its resource group {group} (a route by name alone would reach any cluster of that name). An admin can add the KUBE_CONTEXTS entry {group}/{cluster}=<context>.',
  'handler.cluster.noExactRouteAks':
    'Your role here comes from a binding limited to a scope, and fluxops has no route to {cluster} that names its resource group {group} (a route by name alone would reach any cluster of that name). An admin can add the KUBE_CONTEXTS entry {group}/{cluster}=<context>, or let fluxops use AKS user credentials.',
  'handler.status.summary':
    '{objects} Flux objects on {cluster}: {failing} not ready, {suspended} suspended; {pods} pods in {namespace}{unhealthy, plural, =0 {} other {, # not ready}}.',
  'handler.reconcile.suspended': '{object} is suspended, so it will not reconcile. Run `{command}` first.',
  'handler.reconcile.timeout':
    '{object}: {verb, select, resumed {resume} other {reconcile}} requested, but the controller has not handled it yet.',
  'handler.reconcile.done': '{object} {verb, select, resumed {resumed} other {reconciled}}: {message}',
  'handler.reconcile.failed': "{kind} reconciliation failed: '{message}'",
  'handler.reconcile.noReady': 'no Ready condition',
  'handler.reconcile.ready': 'Ready',
  'handler.reconcile.revision': 'Revision',
  'handler.reconcile.source': 'Reconciling source {object}…',
  'handler.reconcile.object': 'Reconciling {object}…',
  'handler.suspend.already': '{object} was already suspended.',
  'handler.suspend.done':
    '{object} suspended: Flux keeps the last applied state and stops reconciling until `{command}`.',
  'handler.resume.notSuspended':
    '{object} was not suspended, so there was nothing to resume; Flux keeps reconciling it. To reconcile it now: `{command}`.',
  'handler.events.summary':
    '{count, plural, one {# Flux event} other {# Flux events}}{hasName, select, yes { for {name}} other {}} on {cluster}{warnings, plural, =0 {} one {, # warning} other {, # warnings}}.',
  'handler.events.shared': ' "{name}" names {groups} Flux objects ({labels}), so the events are grouped by object.',
  'handler.events.none': 'No Flux events{hasName, select, yes { for {name}} other {}} on {cluster}.',
  'handler.events.tableOf': 'Events of {object}',
  'handler.logs.noPod': 'No {controller} pod in {namespace} on {cluster}. Running: {running}.',
  'handler.logs.noneRunning': 'none',
  'handler.logs.lines': '{count} {previous, select, yes {previous log lines} other {log lines}} of {pod}/{container}.',
  'handler.logs.previous': '(previous)',
} satisfies Record<string, string>;
