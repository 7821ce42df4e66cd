import { enHandlersAlerts } from './handlers-alerts.ts';
import { enHandlersCommands } from './handlers-commands.ts';
import { enHandlersFlux } from './handlers-flux.ts';

/**
 * English texts of the replies job handlers build (jobs/handlers): progress lines, results, field labels.
 * Keys: `handler.<kind or shared topic>.<what>`. This file holds what every handler shares (ARM write
 * steps, compliance, --no-wait, failures); the per-command texts are in handlers-*.ts.
 */
export const enHandlers = {
  'handler.field.compliance': 'Compliance',
  'handler.field.provisioning': 'Provisioning',
  'handler.field.namespace': 'Namespace',
  'handler.field.source': 'Source',
  'handler.field.ref': 'Ref',
  'handler.field.syncedCommit': 'Synced commit',
  'handler.field.suspended': 'Suspended',
  'handler.field.error': 'Error',
  'handler.field.deployKey': 'Deploy key (add to the repo)',
  'handler.field.httpStatus': 'HTTP status',
  'handler.field.operation': 'Operation',
  'handler.field.checkWith': 'Check with',
  'handler.field.extension': 'Extension',
  'handler.field.state': 'State',
  'handler.field.upgradeCommand': 'Upgrade command',
  'handler.value.yes': 'yes',
  'handler.value.unknown': 'Unknown',
  'handler.config.namespaceScope': '{namespace} (scope {scope})',
  'handler.config.ref': '{kind, select, commit {commit} semver {semver} tag {tag} other {branch}} {value}',
  'handler.table.kustomizations': 'Kustomizations',
  'handler.table.objects': 'Objects',
  'handler.table.failingObjects': 'Failing objects',
  'handler.table.details': 'Details',
  'handler.column.name': 'NAME',
  'handler.column.path': 'PATH',
  'handler.column.dependsOn': 'DEPENDS ON',
  'handler.column.prune': 'PRUNE',
  'handler.column.interval': 'INTERVAL',
  'handler.column.kind': 'KIND',
  'handler.column.namespace': 'NAMESPACE',
  'handler.column.compliance': 'COMPLIANCE',
  'handler.column.reason': 'REASON',
  'handler.column.message': 'MESSAGE',
  'handler.column.appliedBy': 'APPLIED BY',
  'handler.column.code': 'Code',
  'handler.column.messageText': 'Message',
  'handler.column.key': 'KEY',
  'handler.column.minimumVersion': 'MINIMUM VERSION',
  'handler.column.installed': 'INSTALLED',
  'handler.write.sending': '{label}: sending {method} to Azure…',
  'handler.write.conflict':
    '{label}: Azure reports another operation in progress ({code}: {message}) — waiting for it to finish, then sending ours.',
  'handler.write.resumed': '{label}: resuming operation {operation} (accepted earlier; not sent again).',
  'handler.write.accepted': '{label}: accepted by Azure, operation {operation}.',
  'handler.write.acceptedNoWait': '{label}: accepted by Azure, operation {operation} (--no-wait: not followed).',
  'handler.write.status': '{label}: operation {operation} {status}.',
  'handler.write.nothingToDo': '{label}: Azure answered at once — nothing to do (204).',
  'handler.write.doneAtOnce': '{label}: Azure answered at once — done (HTTP {statusCode}).',
  'handler.compliance.progress': 'Compliance: {history}',
  'handler.compliance.waitingAgent': 'Compliance: waiting for the Flux agent to report (about a minute).',
  'handler.compliance.waitingAgentBefore':
    'Compliance: waiting for the Flux agent to report (about a minute). Azure still shows {state} from before the change.',
  'handler.compliance.waitingAgentFirst':
    "Compliance: waiting for the Flux agent's first report (about a minute). Azure shows {state} until then.",
  'handler.compliance.staleFirst':
    "Azure accepted {name}, but the Flux agent has not reported on it yet (after {deadline}); until it does, what Azure shows is not the result. `flux show {name}` shows the agent's first report.",
  'handler.compliance.stale':
    "Azure accepted {name}, but the Flux agent has not reported on it since the change (after {deadline}). What Azure shows is from before the change, so it is not the result. `flux show {name}` shows the agent's next report.",
  'handler.compliance.staleWithState':
    "Azure accepted {name}, but the Flux agent has not reported on it since the change (after {deadline}). What Azure shows ({state}) is from before the change, so it is not the result. `flux show {name}` shows the agent's next report.",
  'handler.compliance.unsettled':
    'Azure accepted {name}, but Flux has not settled after {deadline} (still {state}). `flux show {name}` shows where it got to.',
  'handler.compliance.failed': '{name} is {state}: Flux could not apply everything.',
  'handler.compliance.settled': '{name} is {state}.',
  'handler.noWait.accepted':
    '{what}: accepted by Azure (operation {operation}). With --no-wait fluxops is not following this operation, so this message will not say how it ends. Check with `{check}`.',
  'handler.noWait.atOnce':
    '{what}: Azure answered at once (HTTP {statusCode}), so there is no operation to follow. `{check}` shows the result.',
  'handler.worker.notAvailable': '`{kind}` is understood but not available in this version of fluxops yet.',
  'handler.worker.throttled':
    'Azure answered {code} ({message}); waiting {seconds} s as its Retry-After asks, then trying again.',
  'handler.worker.retrying': 'Azure answered {code} ({message}); retrying (attempt {attempt} of {attempts}).',
  'handler.fluxConfig.notFound':
    'No flux configuration named "{name}" on {cluster}. `flux list` shows the ones that exist.',
  'handler.extension.notInstalled':
    'Extension "{name}" is not installed on {cluster}. `flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.',
  'handler.extension.isInstalled': 'microsoft.flux {version} is installed (extension {name}).',
  'handler.extension.isInstalledNoVersion': 'microsoft.flux is installed (extension {name}).',
  'handler.extension.installing':
    "'Microsoft.Flux' extension is currently installing on the cluster. Unable to proceed with Flux v2 configuration install. Try again when `extension show -n {name}` says Succeeded.",
  'handler.extension.notSucceeded':
    "'Microsoft.Flux' extension is installed but not in a succeeded state on the cluster ({state}). Unable to proceed with Flux v2 configuration install. `extension show -n {name}` shows its error; fix or reinstall it first.",
  'handler.extension.installLabel': 'microsoft.flux is not installed on {cluster}; installing it as extension "{name}"',
  'handler.extension.installLabelNoWait':
    'microsoft.flux is not installed on {cluster}; installing it as extension "{name}" (awaited despite --no-wait: Azure refuses a flux configuration until the extension is Succeeded)',
  'handler.guard.servicePrincipal':
    '{cluster} is an AKS cluster built with a service principal, and the microsoft.flux extension does not work on those; nothing was installed. Switch the cluster to managed identity first:\n{command}\nthen run this again.',
  'handler.guard.openshift':
    "{cluster} runs OpenShift: Flux's controllers need the nonroot security context constraint before microsoft.flux is installed, or they will not start. Nothing was installed. Run these six lines with oc against the cluster:\n{lines}\nthen run this again with --yes ({rerun}).",
  'handler.guard.openshiftConfirmed': 'OpenShift: going on with --yes, as the nonroot SCC lines were run:\n{lines}',
  'handler.gate.unknownKeys': '⚠ fluxops has no record of {keys}; sending as given, Azure decides.',
  'handler.gate.tooOld':
    'microsoft.flux {version} is too old for {keys}: upgrade to {required} or later first (latest known {latest}), then run this again.\n{command}',
  'handler.gate.table': 'Needs a newer microsoft.flux',
  'handler.parent.resourceGroup':
    'Resource group "{group}" does not exist in subscription {subscription} (or fluxops may not read it). Check -g; `az group list -o table` lists the groups, e.g. `-g flux-demo-rg`.',
  'handler.parent.noCluster': 'There is no {type} cluster named "{name}" in resource group {group}.',
  'handler.parent.otherType': ' There is a {other} cluster of that name: use -t {other} ({flags}).',
  'handler.parent.didYouMean': ' Did you mean {guess} ({flags})?',
  'handler.parent.inGroup': ' Clusters in {group}: {listed}.',
  'handler.parent.emptyGroup': ' Resource group {group} holds no Kubernetes cluster.',
  'handler.advice.unsupported':
    'microsoft.flux {version} is outside the supported window (latest {latest} and the two minor versions before it, i.e. {oldest} or later). Upgrade: {command}',
  'handler.advice.autoUpgradeOff':
    'Auto-upgrade is off, so microsoft.flux stays at {version} and will fall out of support. To follow new releases: {command}',
  'handler.advice.autoUpgradeOffPinned':
    'Auto-upgrade is off, so microsoft.flux stays at its pinned version and will fall out of support. To follow new releases: {command}',
  'handler.advice.azureDevOpsSsh':
    'Azure DevOps no longer accepts SSH-RSA host keys; without rsa-sha2 Flux cannot fetch this repository. Run: {command} (and image-automation-controller.ssh-host-key-args if image automation is enabled).',
  'handler.advice.registration':
    'The subscription has not registered the resource providers GitOps needs. Run these once (registration takes a few minutes; `az provider show -n Microsoft.KubernetesConfiguration -o table` shows when it is done):\n{commands}',
  ...enHandlersFlux,
  ...enHandlersCommands,
  ...enHandlersAlerts,
} satisfies Record<string, string>;
