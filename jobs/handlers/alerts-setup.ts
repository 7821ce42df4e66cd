import { alertKinds, V1BETA3_UPGRADE_TARGET, v1beta3Warning } from '../../src/alerts/sources/setup-flux-support.ts';
import { setupManifests, webhookUrl } from '../../src/alerts/sources/setup-manifests.ts';
import { alertNamespaces, type ConfigurationPlacement } from '../../src/alerts/sources/setup-namespaces.ts';
import { webhookIdOf } from '../../src/alerts/sources/webhook-id.ts';
import type { IssuedKey } from '../../src/alerts/stores/webhook-keys.ts';
import { clusterResourceId } from '../../src/azure/cluster-resource-id.ts';
import { findFluxExtension, installedVersion } from '../../src/azure/find-flux-extension.ts';
import { upgradeCommand } from '../../src/azure/upgrade-command.ts';
import { FLUX_KINDS } from '../../src/cluster/access/flux-kinds.ts';
import type { AlertsSetupCommand } from '../../src/commands/kinds/alerts-setup.ts';
import type { Platform } from '../../src/notify/conversation.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf } from './alerts-context.ts';

const PLACEHOLDER_URL = 'https://FLUXOPS_PUBLIC_URL-is-not-set.invalid';

/** How long setup waits for the cluster's own list of Flux objects before going on without it. */
const CLUSTER_READ_MS = 15_000;

/** The cluster's configurations: their namespace, scope and the namespaces of their `statuses[]`. */
async function placements(ctx: HandlerInput<AlertsSetupCommand>): Promise<ConfigurationPlacement[]> {
  const t = ctx.command.target;
  const out: ConfigurationPlacement[] = [];
  try {
    for await (const config of ctx.arm.fluxConfigurations.list(
      t.resourceGroup,
      t.clusterRp,
      t.clusterType,
      t.clusterName,
    )) {
      out.push({
        namespace: config.namespace,
        scope: config.scope,
        objectNamespaces: (config.statuses ?? []).map((status) => status?.namespace ?? ''),
      });
    }
  } catch (error) {
    ctx.logger.warn({ err: String(error) }, 'alerts setup: could not list configurations');
  }
  return out;
}

/** Namespaces holding Flux objects, read from the cluster; empty when it cannot be reached in time. */
async function clusterNamespaces(ctx: HandlerInput<AlertsSetupCommand>): Promise<string[]> {
  if (!ctx.cluster) return [];
  const read = async () => {
    const cluster = await ctx.cluster!.connect(ctx.command.target);
    const lists = await Promise.all(FLUX_KINDS.map((kind) => cluster.list(kind.kind)));
    return lists.flat().map((object) => object.metadata.namespace ?? '');
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CLUSTER_READ_MS} ms`)), CLUSTER_READ_MS);
  });
  try {
    return await Promise.race([read(), timeout]);
  } catch (error) {
    ctx.logger.warn({ err: String(error) }, 'alerts setup: cluster not readable; namespaces from statuses[] only');
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/** The extension's settings and version, or nothing when it cannot be read. */
async function fluxExtension(ctx: HandlerInput<AlertsSetupCommand>) {
  try {
    const extension = await findFluxExtension(ctx.arm, ctx.command.target);
    return (
      extension && {
        name: extension.name ?? 'flux',
        version: installedVersion(extension),
        settings: extension.configurationSettings ?? {},
      }
    );
  } catch (error) {
    ctx.logger.warn({ err: String(error) }, 'alerts setup: could not read the microsoft.flux extension');
    return undefined;
  }
}

/** Where the requester finds the key, per platform (NotifyMessage.privateTo). */
const PRIVATE_PLACE: Record<Platform, string> = {
  slack: 'a direct message from fluxops',
  teams: 'a 1:1 chat with fluxops',
  console: 'their own console session, not its watchers',
};

/** What the channel and the requester read about the key: where it went and what happened to the old one. */
function keySentence(issued: IssuedKey, cluster: string): string {
  if (issued.outcome === 'existing')
    return `${cluster} already had a webhook key; fluxops sent you that same key again (nothing was rotated). To replace it, run \`alerts setup --rotate\`.`;
  if (issued.outcome === 'rotated')
    return `A new webhook key was issued for ${cluster}; the previous key keeps verifying events until ${issued.previousValidUntil?.toISOString()}, so commit the new YAML before then.`;
  return `A webhook key was issued for ${cluster}.`;
}

/**
 * `alerts setup`: the cluster's HMAC key (stored sealed under the cluster's full ARM id), the
 * Secret/Provider/Alert YAML to commit, and the cluster added to the compliance poller.
 *
 * Rules:
 * 1. The YAML holds the key, so it goes to the requester alone (`privately`), never to the channel;
 *    the channel's reply says where it went and holds no key.
 * 2. Without `--rotate` an existing key is handed out again, never replaced: a second setup must not
 *    stop the alerts of the YAML already deployed.
 * 3. `--rotate` issues a new key; the old one keeps verifying events for WEBHOOK_KEY_GRACE.
 */
export async function alertsSetup(ctx: HandlerInput<AlertsSetupCommand>): Promise<Reply> {
  const alerts = alertsOf(ctx);
  const target = ctx.command.target;
  const cluster = target.clusterName.toLowerCase();
  const [configurations, seen, extension] = await Promise.all([
    placements(ctx),
    clusterNamespaces(ctx),
    fluxExtension(ctx),
  ]);
  const namespaces = alertNamespaces(configurations, seen);
  const kinds = alertKinds(extension?.settings);
  const webhookId = webhookIdOf(clusterResourceId(target, ctx.arm.subscriptionId ?? ''), cluster);
  const issued = await alerts.keys.issue(webhookId, { rotate: ctx.command.rotate });
  await alerts.watch(target);
  const publicUrl = alerts.publicUrl ?? PLACEHOLDER_URL;
  const yaml = setupManifests({ cluster, webhookId, publicUrl, key: issued.key, namespaces, kinds });
  // Without a public URL setup still did its work (key, polling); the reply says what to fix rather
  // than looking like a failure.
  const warnings = [
    alerts.publicUrl
      ? ''
      : ' Warning: FLUXOPS_PUBLIC_URL is not set, so the Provider address is a placeholder: set it and run setup again.',
    configurations.length || seen.length
      ? ''
      : ` Warning: no Flux objects found on ${target.clusterName} (no configuration lists any), so the YAML covers flux-system only: after creating a configuration, run setup again.`,
    v1beta3Warning(extension?.version, upgradeCommand(target, extension?.name ?? 'flux', V1BETA3_UPGRADE_TARGET)) ?? '',
  ].join('');
  const fields = [
    { label: 'Webhook', value: webhookUrl(publicUrl, webhookId) },
    { label: 'Namespaces', value: namespaces.join(', ') },
    { label: 'Kinds', value: kinds.join(', ') },
    { label: 'Compliance polling', value: 'on (every COMPLIANCE_POLL_INTERVAL)' },
  ];
  const about = keySentence(issued, target.clusterName);
  await ctx.privately({
    title: ctx.command.display,
    status: 'succeeded',
    sensitive: true,
    text:
      `${about} Commit the YAML below to ${target.clusterName}'s GitOps repository (encrypt the Secret with SOPS or Sealed Secrets first). ` +
      'It holds the HMAC key: keep it out of channels and tickets.' +
      warnings,
    fields,
    detail: { title: 'fluxops-alerts.yaml', lines: yaml.trimEnd().split('\n') },
    provenance: { cluster: target.clusterName },
  });
  return {
    title: ctx.command.display,
    status: 'succeeded',
    sentPrivately: true,
    text: `${about} The Secret/Provider/Alert YAML with the key went to ${ctx.data.user.name ?? ctx.data.user.id} alone (${PRIVATE_PLACE[ctx.data.address.platform]}), not to this channel.${warnings}`,
    fields,
    provenance: { cluster: target.clusterName },
  };
}
