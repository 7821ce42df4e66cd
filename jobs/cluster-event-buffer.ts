import type { ClusterFluxEvent } from '../src/cluster/watch/cluster-event.ts';
import type { Logger } from '../src/platform/logger.ts';

/** Events kept while Redis is down; past this the oldest are dropped (and counted in the log). */
const DEFAULT_CAPACITY = 5_000;
const DEFAULT_RETRY_MS = 2_000;

/**
 * Holds cluster-watcher events that could not be queued (Redis unreachable) and replays them in
 * order once the queue takes them again. The watchers do not re-emit an event, so without this an
 * outage would lose the alerts it covered.
 *
 * Rules:
 * 1. Once anything is held, new events queue behind it, so the engine sees them in watch order.
 * 2. Bounded: at capacity the oldest event is dropped; the log says how many were lost.
 * 3. A timer retries every `retryMs`; the first failure, the replay and any loss are logged once each.
 */
export class ClusterEventBuffer {
  private readonly held: ClusterFluxEvent[] = [];
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing = false;

  constructor(
    private readonly send: (event: ClusterFluxEvent) => Promise<void>,
    private readonly logger: Logger,
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly retryMs = DEFAULT_RETRY_MS,
  ) {}

  get size(): number {
    return this.held.length;
  }

  async offer(event: ClusterFluxEvent): Promise<void> {
    if (this.held.length === 0) {
      try {
        await this.send(event);
        return;
      } catch (error) {
        this.logger.warn(
          { err: String(error) },
          'redis unavailable: holding cluster events in memory until it is back',
        );
      }
    }
    this.hold(event);
  }

  /** Tries to send everything held, oldest first; stops at the first failure. */
  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    let sent = 0;
    try {
      while (this.held.length > 0) {
        await this.send(this.held[0] as ClusterFluxEvent);
        this.held.shift();
        sent++;
      }
    } catch {
      // Still down; the timer tries again.
    } finally {
      this.flushing = false;
    }
    if (sent > 0) this.logger.info({ replayed: sent, dropped: this.dropped }, 'replayed held cluster events');
    if (this.held.length === 0) {
      this.dropped = 0;
      this.stopTimer();
    }
  }

  close(): void {
    this.stopTimer();
  }

  private hold(event: ClusterFluxEvent): void {
    if (this.held.length >= this.capacity) {
      this.held.shift();
      if (this.dropped++ === 0)
        this.logger.error({ capacity: this.capacity }, 'cluster event buffer full: dropping the oldest');
    }
    this.held.push(event);
    this.timer ??= setInterval(() => void this.flush(), this.retryMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
