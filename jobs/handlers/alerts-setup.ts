import { setupManifests, webhookUrl } from '../../src/alerts/sources/setup-manifests.ts';
import type { AlertsSetupCommand } from '../../src/commands/kinds/alerts-setup.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { HandlerInput } from '../handler.ts';
import { alertsOf } from './alerts-context.ts';

const PLACEHOLDER_URL = 'https://FLUXOPS_PUBLIC_URL-is-not-set.invalid';

/** Namespaces holding the cluster's Flux objects: one per fluxConfiguration, plus flux-system. */
async function fluxNamespaces(ctx: HandlerInput<AlertsSetupCommand>): Promise<string[]> {
  const t = ctx.command.target;
  const namespaces = new Set<string>();
  try {
    for await (const config of ctx.arm.fluxConfigurations.list(
      t.resourceGroup,
      t.clusterRp,
      t.clusterType,
      t.clusterName,
    )) {
      if (config.namespace) namespaces.add(config.namespace);
    }
  } catch (error) {
    ctx.logger.warn({ err: String(error) }, 'alerts setup: could not list configurations; using flux-system only');
  }
  return [...namespaces].sort().concat(namespaces.has('flux-system') ? [] : ['flux-system']);
}

/**
 * `alerts setup`: a fresh HMAC key (stored sealed, shown this once), the Secret/Provider/Alert YAML to
 * commit, and the cluster added to the compliance poller. Running it again rotates the key.
 */
export async function alertsSetup(ctx: HandlerInput<AlertsSetupCommand>): Promise<Reply> {
  const alerts = alertsOf(ctx);
  const target = ctx.command.target;
  const cluster = target.clusterName.toLowerCase();
  const namespaces = await fluxNamespaces(ctx);
  const key = await alerts.keys.rotate(cluster);
  await alerts.watch(target);
  const publicUrl = alerts.publicUrl ?? PLACEHOLDER_URL;
  const yaml = setupManifests({ cluster, publicUrl, key, namespaces });
  // Without a public URL setup still did its work (key, polling); the reply says what to fix rather
  // than looking like a failure.
  const warnings = alerts.publicUrl
    ? ''
    : ' Warning: FLUXOPS_PUBLIC_URL is not set, so the Provider address is a placeholder: set it and run setup again.';
  return {
    title: ctx.command.display,
    status: 'succeeded',
    // The YAML holds the fresh HMAC key: the notify queue seals this reply and never keeps a failed one.
    sensitive: true,
    text:
      `Commit the YAML below to ${target.clusterName}'s GitOps repository (encrypt the Secret with SOPS or Sealed Secrets first). ` +
      'fluxops stored the HMAC key encrypted and will not show it again; running `alerts setup` again rotates it and the old key stops working.' +
      warnings,
    fields: [
      { label: 'Webhook', value: webhookUrl(publicUrl, cluster) },
      { label: 'Namespaces', value: namespaces.join(', ') },
      { label: 'Compliance polling', value: 'on (every COMPLIANCE_POLL_INTERVAL)' },
    ],
    detail: { title: 'fluxops-alerts.yaml', lines: yaml.trimEnd().split('\n') },
    context: { cluster: target.clusterName },
  };
}
