import type { Platform } from './conversation.ts';
import type { NotifyMessage } from './notify-port.ts';

/**
 * An adapter's outbound side: posts a message the first time a key is seen and updates it after.
 * The notify worker calls exactly one deliverer per message, by platform.
 */
export interface Deliverer {
  readonly platform: Platform;
  /**
   * True when the platform shows one message per key edited in place (Slack, Teams): a progress
   * update is then skipped when a newer one of its key is already queued. Platforms that print
   * every update as a line of its own (the console) leave it unset.
   */
  readonly coalescesUpdates?: boolean;
  deliver(message: NotifyMessage): Promise<void>;
}

/** Thrown by a deliverer when the platform asked us to slow down; the worker re-queues after `retryAfterMs`. */
export class DeliveryRateLimitedError extends Error {
  override readonly name = 'DeliveryRateLimitedError';
  constructor(
    readonly retryAfterMs: number,
    message = `rate limited; retry in ${retryAfterMs} ms`,
  ) {
    super(message);
  }
}
