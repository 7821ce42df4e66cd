import type {
  Extension,
  FluxConfiguration,
  KustomizationDefinition,
  SourceControlConfigurationClient,
} from '@azure/arm-kubernetesconfiguration';
import type { ExtensionCreateCommand } from '../commands/kinds/extension-create.ts';
import type { FluxCreateCommand } from '../commands/kinds/flux-create.ts';
import type { Command } from '../commands/types.ts';
import { type Locale, t } from '../replies/catalog/index.ts';
import type { ReplyTable } from '../replies/reply.ts';
import { extensionBody } from './bodies/extension-body.ts';
import { fluxConfigurationBody } from './bodies/flux-configuration-body.ts';
import type { KustomizationBody } from './bodies/types.ts';
import { clusterArgs } from './cluster-args.ts';
import type { ConfirmImpact } from './confirm-impact.ts';
import { isNotFound } from './is-not-found.ts';

// `flux create` and `extension create` are a PUT: over an existing resource they replace it whole,
// dropping whatever the new command does not repeat. This reads the resource first and says, before
// → after, what confirming would replace or drop; secrets are named, never shown.
//
// Rules:
// 1. Nothing there (404) → undefined: the create goes ahead without a question.
// 2. flux create: source kind and URL, ref, namespace and scope, each kustomization that would be
//    dropped, changed or added, and each credential (source fields and protected settings) the new
//    command does not set again.
// 3. extension create: every setting that would be wiped or changed, every protected setting that
//    would be wiped, and the version, auto-upgrade and release train when they change.

/** The kinds whose create replaces an existing resource. */
export type OverwritingCommand = FluxCreateCommand | ExtensionCreateCommand;

export function isOverwriting(command: Command): command is OverwritingCommand {
  return command.kind === 'flux.create' || command.kind === 'extension.create';
}

/** The source object of a configuration, whichever kind it is. */
function sourceOf(properties: Partial<FluxConfiguration>): Record<string, unknown> {
  return (properties.gitRepository ?? properties.bucket ?? properties.azureBlob ?? {}) as Record<string, unknown>;
}

function refOf(source: Record<string, unknown>): string {
  const ref = (source.repositoryRef ?? {}) as Record<string, string | null | undefined>;
  const parts = ['branch', 'tag', 'semver', 'commit'].flatMap((k) => (ref[k] ? [`${k} ${ref[k]}`] : []));
  return parts.join(', ') || '—';
}

/** Source fields that carry or point at credentials; a value counts when set. */
const CREDENTIAL_FIELDS = [
  'httpsUser',
  'localAuthRef',
  'sshKnownHosts',
  'httpsCACert',
  'accessKey',
  'servicePrincipal',
  'managedIdentity',
  'accountKey',
  'sasToken',
];

function credentialsOf(properties: Partial<FluxConfiguration>): string[] {
  const source = sourceOf(properties);
  const fields = CREDENTIAL_FIELDS.filter((field) => source[field] !== undefined && source[field] !== null);
  const secrets = Object.keys(properties.configurationProtectedSettings ?? {}).map((key) => `protected ${key}`);
  return [...fields, ...secrets];
}

function describeKustomization(k: KustomizationDefinition | KustomizationBody | null): string {
  if (!k) return '—';
  const dependsOn = (k.dependsOn ?? []).join(',');
  return [`path=${k.path ?? ''}`, `prune=${k.prune ?? false}`, ...(dependsOn ? [`dependsOn=${dependsOn}`] : [])].join(
    ' ',
  );
}

function fluxRows(
  before: FluxConfiguration,
  command: FluxCreateCommand,
  locale: Locale,
): { rows: string[][]; dropped: string[] } {
  const after = fluxConfigurationBody(command).properties as Partial<FluxConfiguration>;
  const beforeSource = sourceOf(before);
  const afterSource = sourceOf(after);
  const rows: string[][] = [
    [
      'source',
      `${before.sourceKind ?? ''} ${beforeSource.url ?? ''}`.trim(),
      `${after.sourceKind} ${afterSource.url ?? ''}`.trim(),
    ],
    ['ref', refOf(beforeSource), refOf(afterSource)],
  ];
  if (before.namespace !== after.namespace || before.scope !== after.scope)
    rows.push([
      'namespace',
      `${before.namespace} (scope ${before.scope})`,
      `${after.namespace} (scope ${after.scope})`,
    ]);
  const dropped: string[] = [];
  const old = before.kustomizations ?? {};
  const next = after.kustomizations ?? {};
  for (const [name, k] of Object.entries(old)) {
    const replacement = next[name];
    if (!replacement) {
      dropped.push(`kustomization ${name}`);
      rows.push([`kustomization ${name}`, describeKustomization(k), t(locale, 'overwrite.value.dropped')]);
    } else if (describeKustomization(k) !== describeKustomization(replacement)) {
      rows.push([`kustomization ${name}`, describeKustomization(k), describeKustomization(replacement)]);
    }
  }
  for (const [name, k] of Object.entries(next))
    if (!old[name]) rows.push([`kustomization ${name}`, '—', describeKustomization(k)]);
  const kept = new Set(credentialsOf(after));
  for (const credential of credentialsOf(before)) {
    if (kept.has(credential)) continue;
    dropped.push(credential);
    rows.push([`credential ${credential}`, t(locale, 'overwrite.value.set'), t(locale, 'overwrite.value.dropped')]);
  }
  return { rows, dropped };
}

function extensionRows(
  before: Extension,
  command: ExtensionCreateCommand,
  locale: Locale,
): { rows: string[][]; dropped: string[] } {
  const after = extensionBody(command).properties;
  const rows: string[][] = [];
  const dropped: string[] = [];
  const version = (e: { version?: string | null; autoUpgradeMinorVersion?: boolean; releaseTrain?: string }) =>
    e.autoUpgradeMinorVersion === false
      ? `pinned ${e.version ?? ''}`.trim()
      : `auto-upgrade (${e.releaseTrain ?? 'Stable'})`;
  const beforeVersion = version({ ...before, version: before.version ?? before.currentVersion });
  if (beforeVersion !== version(after)) rows.push(['version', beforeVersion, version(after)]);
  const old = before.configurationSettings ?? {};
  const next = after.configurationSettings ?? {};
  for (const [key, value] of Object.entries(old)) {
    if (next[key] === undefined) {
      dropped.push(key);
      rows.push([`setting ${key}`, value, t(locale, 'overwrite.value.wiped-default')]);
    } else if (next[key] !== value) rows.push([`setting ${key}`, value, next[key] ?? '']);
  }
  for (const [key, value] of Object.entries(next))
    if (old[key] === undefined) rows.push([`setting ${key}`, '—', value]);
  const newSecrets = new Set(Object.keys(after.configurationProtectedSettings ?? {}));
  for (const key of Object.keys(before.configurationProtectedSettings ?? {})) {
    if (newSecrets.has(key)) continue;
    dropped.push(`protected ${key}`);
    rows.push([`protected setting ${key}`, t(locale, 'overwrite.value.set'), t(locale, 'overwrite.value.wiped')]);
  }
  return { rows, dropped };
}

async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Rule 1–3: what confirming would replace, or undefined when there is nothing to replace. */
export async function overwriteImpact(
  arm: SourceControlConfigurationClient,
  command: OverwritingCommand,
  locale: Locale = 'en',
): Promise<ConfirmImpact | undefined> {
  const args = clusterArgs(command.target);
  const cluster = command.target.clusterName;
  if (command.kind === 'flux.create') {
    const before = await readOrUndefined(() => arm.fluxConfigurations.get(...args, command.name));
    if (!before) return undefined;
    const { rows, dropped } = fluxRows(before, command, locale);
    return impact(locale, dropped, rows, {
      headline: t(locale, 'overwrite.flux.headline', { name: command.name, cluster }),
      instead: t(locale, 'overwrite.flux.instead', { name: command.name }),
    });
  }
  const before = await readOrUndefined(() => arm.extensions.get(...args, command.extensionName));
  if (!before) return undefined;
  const { rows, dropped } = extensionRows(before, command, locale);
  return impact(locale, dropped, rows, {
    headline: t(locale, 'overwrite.extension.headline', { name: command.extensionName, cluster }),
    instead: t(locale, 'overwrite.extension.instead', { name: command.extensionName }),
  });
}

function impact(
  locale: Locale,
  dropped: string[],
  rows: string[][],
  words: { headline: string; instead: string },
): ConfirmImpact {
  const dropping = dropped.length > 0 ? t(locale, 'overwrite.dropping', { items: dropped.join(', ') }) : '';
  const table: ReplyTable = {
    title: t(locale, 'overwrite.table'),
    columns: [
      t(locale, 'overwrite.column.what'),
      t(locale, 'overwrite.column.before'),
      t(locale, 'overwrite.column.after'),
    ],
    rows,
  };
  return { text: t(locale, 'overwrite.text', { ...words, dropping }), tables: [table] };
}
