import type {
  FluxConfiguration,
  ObjectStatusDefinition,
  SourceControlConfigurationClient,
} from '@azure/arm-kubernetesconfiguration';
import type { ExtensionDeleteCommand } from '../commands/kinds/extension-delete.ts';
import type { FluxDeleteCommand } from '../commands/kinds/flux-delete.ts';
import type { KustomizationDeleteCommand } from '../commands/kinds/kustomization-delete.ts';
import { type Locale, t } from '../replies/catalog/index.ts';
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

function objectsTable(locale: Locale, objects: ObjectStatusDefinition[]): ReplyTable[] {
  if (objects.length === 0) return [];
  return [
    {
      title: t(locale, 'handler.preview.pruneTable'),
      columns: [
        t(locale, 'handler.column.kind'),
        t(locale, 'handler.column.namespace'),
        t(locale, 'handler.column.name'),
        t(locale, 'handler.column.appliedBy'),
      ],
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

async function fluxDeleteImpact(arm: SourceControlConfigurationClient, command: FluxDeleteCommand, locale: Locale) {
  const config = await readConfig(arm, command, command.name);
  if (!config) return { text: t(locale, 'handler.preview.noConfig', { name: command.name }), tables: [] };
  const impact = pruneImpact(config);
  if (impact.pruningKustomizations.length === 0) {
    return { text: t(locale, 'handler.preview.noPrune', { name: command.name }), tables: [] };
  }
  return {
    text: t(locale, 'handler.preview.prune', {
      kustomizations: impact.pruningKustomizations.join(', '),
      count: impact.objects.length,
      objects: impact.objects.map(describeObject).join(', '),
    }),
    tables: objectsTable(locale, impact.objects),
  };
}

async function kustomizationDeleteImpact(
  arm: SourceControlConfigurationClient,
  command: KustomizationDeleteCommand,
  locale: Locale,
) {
  const name = command.kustomizationName;
  const config = await readConfig(arm, command, command.configName);
  const kustomization = config?.kustomizations?.[name];
  if (!config || !kustomization) {
    return {
      text: config
        ? t(locale, 'handler.preview.noKustomization', { config: command.configName, name })
        : t(locale, 'handler.preview.noConfig', { name: command.configName }),
      tables: [],
    };
  }
  const where = { name, path: kustomization.path || '.', config: command.configName };
  if (!kustomization.prune) return { text: t(locale, 'handler.preview.kustomizationNoPrune', where), tables: [] };
  const applier = `${command.configName}-${name}`;
  const objects = pruneImpact(config).objects.filter((s) => s.appliedBy?.name === applier);
  return {
    text: objects.length
      ? t(locale, 'handler.preview.kustomizationPrune', { ...where, objects: objects.map(describeObject).join(', ') })
      : t(locale, 'handler.preview.kustomizationPruneUnknown', where),
    tables: objectsTable(locale, objects),
  };
}

async function extensionDeleteImpact(
  arm: SourceControlConfigurationClient,
  command: ExtensionDeleteCommand,
  locale: Locale,
) {
  const args = clusterArgs(command.target);
  let extensionType: string | undefined;
  try {
    extensionType = (await arm.extensions.get(...args, command.extensionName)).extensionType;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return { text: t(locale, 'handler.preview.noExtension', { name: command.extensionName }), tables: [] };
  }
  if (extensionType?.toLowerCase() !== FLUX_EXTENSION_TYPE) {
    const type = extensionType ?? t(locale, 'handler.extensionShow.unknownVersion');
    return { text: t(locale, 'handler.preview.otherExtension', { name: command.extensionName, type }), tables: [] };
  }
  const configs: FluxConfiguration[] = [];
  for await (const config of arm.fluxConfigurations.list(...args)) configs.push(config);
  if (configs.length === 0) {
    return { text: t(locale, 'handler.preview.noConfigs'), tables: [] };
  }
  return {
    text: t(locale, 'handler.preview.configsLeft', {
      count: configs.length,
      names: configs.map((c) => c.name).join(', '),
    }),
    tables: [
      {
        title: t(locale, 'handler.preview.leftTable'),
        columns: [
          t(locale, 'handler.column.name'),
          t(locale, 'handler.column.namespace'),
          t(locale, 'handler.column.compliance'),
        ],
        rows: configs.map((c) => [c.name ?? '', c.namespace ?? '', c.complianceState ?? 'Unknown']),
      },
    ],
  };
}

export function confirmImpact(
  arm: SourceControlConfigurationClient,
  command: PreviewableCommand,
  locale: Locale = 'en',
): Promise<ConfirmImpact> {
  switch (command.kind) {
    case 'flux.delete':
      return fluxDeleteImpact(arm, command, locale);
    case 'kustomization.delete':
      return kustomizationDeleteImpact(arm, command, locale);
    case 'extension.delete':
      return extensionDeleteImpact(arm, command, locale);
  }
}
