import type { FluxCluster } from '../../src/cluster/access/flux-cluster.ts';
import { STATUS_KINDS } from '../../src/cluster/access/flux-kinds.ts';
import { fluxNotInstalledMessage } from '../../src/cluster/access/flux-not-installed.ts';
import { fluxGetTable } from '../../src/cluster/ops/flux-get-table.ts';
import { type FluxObject, readyCondition } from '../../src/cluster/ops/flux-object.ts';
import { podTable } from '../../src/cluster/ops/pod-table.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';
import { readerLocale } from './support/reader-locale.ts';

async function fluxObjects(cluster: FluxCluster, name?: string) {
  const rows: { kind: string; object: FluxObject }[] = [];
  for (const kind of STATUS_KINDS) {
    for (const object of await cluster.list(kind)) {
      // `status NAME` narrows to the configuration's objects (NAME, NAME-*) or the one object.
      if (!name || object.metadata.name === name || object.metadata.name.startsWith(`${name}-`))
        rows.push({ kind, object });
    }
  }
  return rows;
}

/** `status [name]`: Flux objects `flux get`-style plus the flux-system pods, one reply. */
export const clusterStatus: Handler<CommandOfKind<'status'>> = async (ctx) => {
  const { command } = ctx;
  const locale = readerLocale(ctx);
  return withCluster(ctx, command.target, async (cluster) => {
    const [objects, pods] = await Promise.all([fluxObjects(cluster, command.name), cluster.pods()]);
    // Current even after an uninstall: a list that hit a stale version re-discovered.
    const versions = await cluster.fluxVersions();
    const context = { cluster: command.target ? describeCluster(command.target, locale) : cluster.name };
    // Before the extension is installed there is nothing to tabulate: say so, without empty tables.
    if (versions.size === 0)
      return { title: command.display, status: 'info', text: fluxNotInstalledMessage(cluster.name, locale), context };
    const failing = objects.filter(({ object }) => readyCondition(object)?.status === 'False').length;
    const suspended = objects.filter(({ object }) => object.spec?.suspend).length;
    const unhealthyPods = pods.filter((p) => (p.status?.containerStatuses ?? []).some((s) => !s.ready)).length;
    const text = t(locale, 'handler.status.summary', {
      objects: objects.length,
      cluster: cluster.name,
      failing,
      suspended,
      pods: pods.length,
      namespace: cluster.fluxNamespace,
      unhealthy: unhealthyPods,
    });
    return {
      title: command.display,
      status: failing || unhealthyPods ? 'warning' : 'succeeded',
      text,
      tables: [fluxGetTable(objects, locale), podTable(pods, cluster.fluxNamespace, new Date(), locale)],
      context,
    };
  });
};
