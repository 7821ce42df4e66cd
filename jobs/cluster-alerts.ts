import { createHash } from 'node:crypto';
import type { FluxEventSink } from '../src/alerts/sources/flux-event-sink.ts';
import type { ClusterEventPort, ClusterFluxEvent } from '../src/cluster/watch/cluster-event.ts';
import type { Logger } from '../src/platform/logger.ts';
import { ClusterEventBuffer } from './cluster-event-buffer.ts';

// The cluster watchers' events into the alert engine, through the same `alert-events` queue the
// webhook uses, so they get the same retries, concurrency and (after a crash) replay.

/**
 * A content id: a watch that restarts re-lists every object, and an event it reports again is the
 * same job (BullMQ ignores the add while the job is retained), and after that the same engine
 * fingerprint (the time is part of it), so it never becomes a second alert.
 */
export function clusterEventId(event: ClusterFluxEvent): string {
  const identity = [
    event.cluster,
    event.kind,
    event.namespace,
    event.name,
    event.reason,
    event.time,
    event.revision ?? '',
    event.message,
  ];
  return `ce-${createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 40)}`;
}

/** The watchers' port: each event to the alert queue, held in memory while Redis is down (rule 3 of the buffer). */
export function clusterEventsToAlerts(options: {
  sink: FluxEventSink;
  logger: Logger;
  /** Also sees every event (tests). */
  observe?: (event: ClusterFluxEvent) => void;
  /** Overrides for tests. */
  buffer?: { capacity?: number; retryMs?: number };
}): ClusterEventPort & { buffer: ClusterEventBuffer } {
  const buffer = new ClusterEventBuffer(
    (event) => options.sink.enqueue(event, clusterEventId(event)),
    options.logger,
    options.buffer?.capacity,
    options.buffer?.retryMs,
  );
  return {
    buffer,
    async onEvent(event) {
      options.logger.debug(
        { cluster: event.cluster, kind: event.kind, name: event.name, reason: event.reason },
        event.message,
      );
      options.observe?.(event);
      await buffer.offer(event);
    },
  };
}
