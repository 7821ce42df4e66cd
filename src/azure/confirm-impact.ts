import type {
  FluxConfiguration,
  ObjectStatusDefinition,
  SourceControlConfigurationClient,
} from '@azure/arm-kubernetesconfiguration';
import type { ExtensionDeleteCommand } from '../commands/kinds/extension-delete.ts';
import type { FluxDeleteCommand } from '../commands/kinds/flux-delete.ts';
import type { KustomizationDeleteCommand } from '../commands/kinds/kustomization-delete.ts';
import type { ReplyTable } from '../replies/reply.ts';
import { clusterArgs } from './cluster-args.ts';
import { FLUX_EXTENSION_TYPE } from './find-flux-extension.ts';
import { isNotFound } from './is-not-found.ts';
import { describeObject, pruneImpact } from './prune-impact.ts';

/**
 * What confirming a destructive command would do, read from live state while the prompt waits, so
 * the person deciding sees it before clicking. Reads only; the handler re-checks after the click,
 * because the state may change in between.
 *
 * Rules:
 * 1. flux delete: the configuration's prune=true kustomizations and every object they applied.
 * 2. kustomization delete: the kustomization, and with prune=true the objects it applied.
 * 3. extension delete (microsoft.flux): the flux configurations still on the cluster — the handler
 *    refuses while any exist, so the prompt says so up front.
 * 4. Nothing there to delete → say that confirming changes nothing.
 */
export type PreviewableCommand = FluxDeleteCommand | KustomizationDeleteCommand | ExtensionDeleteCommand;

export const PREVIEWABLE_KINDS: ReadonlySet<string> = new Set<PreviewableCommand['kind']>([
  'flux.delete',
  'kustomization.delete',
  'extension.delete',
]);

export interface ConfirmImpact {
  /** One or two sentences, shown under the static summary. */
  text: string;
  tables: ReplyTable[];
}

function objectsTable(title: string, objects: ObjectStatusDefinition[]): ReplyTable[] {
  if (objects.length === 0) return [];
  return [
    {
      title,
      columns: ['KIND', 'NAMESPACE', 'NAME', 'APPLIED BY'],
      rows: objects.map((s) => [s.kind ?? '', s.namespace ?? '', s.name ?? '', s.appliedBy?.name ?? '']),
    },
  ];
}

async function readConfig(
  arm: SourceControlConfigurationClient,
  command: FluxDeleteCommand | KustomizationDeleteCommand,
  name: string,
): Promise<FluxConfiguration | undefined> {
  try {
    return await arm.fluxConfigurations.get(...clusterArgs(command.target), name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function fluxDeleteImpact(arm: SourceControlConfigurationClient, command: FluxDeleteCommand) {
  const config = await readConfig(arm, command, command.name);
  if (!config)
    return {
      text: `Live state: there is no flux configuration "${command.name}"; confirming changes nothing.`,
      tables: [],
    };
  const impact = pruneImpact(config);
  if (impact.pruningKustomizations.length === 0) {
    return {
      text: `Live state: no kustomization of ${command.name} has prune=true, so the workloads it deployed stay on the cluster.`,
      tables: [],
    };
  }
  const count = impact.objects.length;
  return {
    text: `Live state: prune=true on ${impact.pruningKustomizations.join(', ')} — confirming deletes ${count} object${count === 1 ? '' : 's'} Flux applied${count ? ` (${impact.objects.map(describeObject).join(', ')})` : ''} and the workloads they created.`,
    tables: objectsTable('Prune will delete', impact.objects),
  };
}

async function kustomizationDeleteImpact(arm: SourceControlConfigurationClient, command: KustomizationDeleteCommand) {
  const name = command.kustomizationName;
  const config = await readConfig(arm, command, command.configName);
  const kustomization = config?.kustomizations?.[name];
  if (!config || !kustomization) {
    return {
      text: `Live state: ${config ? `${command.configName} has no kustomization "${name}"` : `there is no flux configuration "${command.configName}"`}; confirming changes nothing.`,
      tables: [],
    };
  }
  const where = `kustomization ${name} (path ${kustomization.path || '.'}) is removed from ${command.configName}`;
  if (!kustomization.prune) {
    return { text: `Live state: ${where}; prune is off, so what it deployed stays on the cluster.`, tables: [] };
  }
  const applier = `${command.configName}-${name}`;
  const objects = pruneImpact(config).objects.filter((s) => s.appliedBy?.name === applier);
  return {
    text: `Live state: ${where}; prune=true deletes ${objects.length ? objects.map(describeObject).join(', ') : 'what it applied'} with it.`,
    tables: objectsTable('Prune will delete', objects),
  };
}

async function extensionDeleteImpact(arm: SourceControlConfigurationClient, command: ExtensionDeleteCommand) {
  const args = clusterArgs(command.target);
  let extensionType: string | undefined;
  try {
    extensionType = (await arm.extensions.get(...args, command.extensionName)).extensionType;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return {
      text: `Live state: extension "${command.extensionName}" is not installed; confirming changes nothing.`,
      tables: [],
    };
  }
  if (extensionType?.toLowerCase() !== FLUX_EXTENSION_TYPE) {
    return { text: `Live state: ${command.extensionName} is a ${extensionType ?? 'unknown'} extension.`, tables: [] };
  }
  const configs: FluxConfiguration[] = [];
  for await (const config of arm.fluxConfigurations.list(...args)) configs.push(config);
  if (configs.length === 0) {
    return { text: 'Live state: no flux configuration uses microsoft.flux on this cluster.', tables: [] };
  }
  return {
    text: `Live state: ${configs.length} flux configuration${configs.length === 1 ? ' uses' : 's use'} microsoft.flux (${configs.map((c) => c.name).join(', ')}); they would be left without Flux, so fluxops will refuse this delete until they are deleted.`,
    tables: [
      {
        title: 'Would be left without Flux',
        columns: ['NAME', 'NAMESPACE', 'COMPLIANCE'],
        rows: configs.map((c) => [c.name ?? '', c.namespace ?? '', c.complianceState ?? 'Unknown']),
      },
    ],
  };
}

export function confirmImpact(
  arm: SourceControlConfigurationClient,
  command: PreviewableCommand,
): Promise<ConfirmImpact> {
  switch (command.kind) {
    case 'flux.delete':
      return fluxDeleteImpact(arm, command);
    case 'kustomization.delete':
      return kustomizationDeleteImpact(arm, command);
    case 'extension.delete':
      return extensionDeleteImpact(arm, command);
  }
}
