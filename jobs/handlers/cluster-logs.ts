import { UnrecoverableError } from 'bullmq';
import { isNoPreviousContainerError, noPreviousLogMessage, restartCount } from '../../src/cluster/ops/previous-log.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Handler } from '../handler.ts';
import { withCluster } from './cluster-connect.ts';
import { readerLocale } from './support/reader-locale.ts';

const DEFAULT_TAIL = 50;

/** `logs CONTROLLER [--tail N] [--previous]`: the controller pod's main container log, as a detail block. */
export const clusterLogs: Handler<CommandOfKind<'logs'>> = async (ctx) =>
  withCluster(ctx, ctx.command.target, async (cluster) => {
    const { controller, previous } = ctx.command;
    const locale = readerLocale(ctx);
    const tail = ctx.command.tail ?? DEFAULT_TAIL;
    const pods = await cluster.pods();
    const pod = pods.find(
      (p) => p.metadata?.labels?.app === controller || (p.metadata?.name ?? '').startsWith(`${controller}-`),
    );
    if (!pod?.metadata?.name) {
      const running = [...new Set(pods.map((p) => p.metadata?.labels?.app).filter(Boolean))].join(', ');
      throw new UnrecoverableError(
        t(locale, 'handler.logs.noPod', {
          controller,
          namespace: cluster.fluxNamespace,
          cluster: cluster.name,
          running: running || t(locale, 'handler.logs.noneRunning'),
        }),
      );
    }
    // Sidecars (fluent-bit) are not what anyone means by "the controller's logs".
    const container = pod.spec?.containers.find((c) => c.name !== 'fluent-bit')?.name ?? 'manager';
    const restarts = restartCount(pod, container);
    // No restart, no previous instance: answer without asking the API for a log it cannot have.
    if (previous && restarts === 0) throw new UnrecoverableError(noPreviousLogMessage(controller, 0, locale));
    const text = await cluster.log(pod.metadata.name, container, { tail, previous }).catch((error: unknown) => {
      if (previous && isNoPreviousContainerError(error))
        throw new UnrecoverableError(noPreviousLogMessage(controller, restarts, locale));
      throw error;
    });
    const lines = text.split('\n').filter((line) => line !== '');
    return {
      title: ctx.command.display,
      status: 'succeeded',
      text: t(locale, 'handler.logs.lines', {
        count: lines.length,
        previous: previous ? 'yes' : 'no',
        pod: pod.metadata.name,
        container,
      }),
      detail: {
        title: `${pod.metadata.name} ${container}${previous ? ` ${t(locale, 'handler.logs.previous')}` : ''}`,
        lines,
      },
    };
  });
