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
import { type Locale, t } from '../../src/replies/catalog/index.ts';
import { formatDateTime } from '../../src/replies/locale/format-date-time.ts';
import { formatDuration } from '../../src/replies/locale/format-duration.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf, sameNameRefusal } from './alerts-context.ts';
import { readerLocale } from './support/reader-locale.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';

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

/** What the channel and the requester read about the key: where it went and what happened to the old one. */
/**
 * What happened to the key. `to` names the requester in the channel's reply, which others read (a
 * `--watch` client, the channel's members): "you" there would mean them.
 */
function keySentence(issued: IssuedKey, cluster: string, locale: Locale, to?: string): string {
  if (issued.outcome === 'existing')
    return to
      ? t(locale, 'handler.alertsSetup.keyExistingTo', { cluster, user: to })
      : t(locale, 'handler.alertsSetup.keyExisting', { cluster });
  if (issued.outcome === 'rotated') {
    const until = issued.previousValidUntil ? formatDateTime(locale, issued.previousValidUntil) : '';
    return t(locale, 'handler.alertsSetup.keyRotated', { cluster, until });
  }
  return t(locale, 'handler.alertsSetup.keyIssued', { cluster });
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
 * 4. A cluster whose name another watched cluster has is refused before anything is stored: alert
 *    events name clusters by name alone (src/alerts/stores/watched-clusters.ts).
 * 5. So is a cluster Azure does not have (its resource group or the cluster itself missing), with the
 *    clusters the group does have.
 */
export async function alertsSetup(ctx: HandlerInput<AlertsSetupCommand>): Promise<Reply> {
  const alerts = alertsOf(ctx);
  const locale = readerLocale(ctx);
  const target = ctx.command.target;
  const cluster = target.clusterName.toLowerCase();
  // A typo in -g, -c or -t must not issue a key for a cluster that does not exist (rule 5).
  await refuseMissingParent(ctx, target);
  const [configurations, seen, extension] = await Promise.all([
    placements(ctx),
    clusterNamespaces(ctx),
    fluxExtension(ctx),
  ]);
  const namespaces = alertNamespaces(configurations, seen);
  const kinds = alertKinds(extension?.settings);
  // Watched first: a cluster refused for its name gets no key either (rule 4).
  const refusal = sameNameRefusal(ctx, target, await alerts.watch(target));
  if (refusal) return refusal;
  const webhookId = webhookIdOf(clusterResourceId(target, ctx.arm.subscriptionId ?? ''), cluster);
  const issued = await alerts.keys.issue(webhookId, { rotate: ctx.command.rotate });
  const publicUrl = alerts.publicUrl ?? PLACEHOLDER_URL;
  const yaml = setupManifests({ cluster, webhookId, publicUrl, key: issued.key, namespaces, kinds });
  // Without a public URL setup still did its work (key, polling); the reply says what to fix rather
  // than looking like a failure.
  const warnings = [
    alerts.publicUrl ? '' : t(locale, 'handler.alertsSetup.noPublicUrl'),
    configurations.length || seen.length
      ? ''
      : t(locale, 'handler.alertsSetup.noObjects', { cluster: target.clusterName }),
    v1beta3Warning(
      extension?.version,
      upgradeCommand(target, extension?.name ?? 'flux', V1BETA3_UPGRADE_TARGET),
      locale,
    ) ?? '',
  ].join('');
  const fields = [
    { label: t(locale, 'handler.alertsSetup.webhook'), value: webhookUrl(publicUrl, webhookId) },
    { label: t(locale, 'handler.alertsSetup.namespaces'), value: namespaces.join(', ') },
    { label: t(locale, 'handler.alertsSetup.kinds'), value: kinds.join(', ') },
    {
      label: t(locale, 'handler.alertsSetup.polling'),
      value: t(locale, 'handler.alertsSetup.pollingOn', {
        interval: formatDuration(locale, alerts.compliancePollIntervalMs, 'long'),
      }),
    },
  ];
  const requester = ctx.data.user.name ?? ctx.data.user.id;
  const place = t(locale, `handler.alertsSetup.place.${ctx.data.address.platform}`);
  const wentTo = t(locale, 'handler.alertsSetup.sentPrivately', { user: requester, place });
  await ctx.privately({
    title: ctx.command.display,
    status: 'succeeded',
    sensitive: true,
    text: `${keySentence(issued, target.clusterName, locale)} ${t(locale, 'handler.alertsSetup.text', { cluster: target.clusterName })}${warnings}`,
    fields,
    detail: { title: 'fluxops-alerts.yaml', lines: yaml.trimEnd().split('\n') },
    provenance: { cluster: target.clusterName },
  });
  return {
    title: ctx.command.display,
    status: 'succeeded',
    sentPrivately: true,
    text: `${keySentence(issued, target.clusterName, locale, requester)} ${wentTo}${warnings}`,
    fields,
    provenance: { cluster: target.clusterName },
  };
}
