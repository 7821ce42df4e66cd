import type { FluxEvent } from '../engine/flux-event.ts';

/** Where ingress hands events for processing as jobs (jobs/alerts-queues.ts implements it over BullMQ). */
export interface FluxEventSink {
  /** `id` makes a re-delivered webhook a duplicate job instead of a second event. */
  enqueue(event: FluxEvent, id: string): Promise<void>;
}
