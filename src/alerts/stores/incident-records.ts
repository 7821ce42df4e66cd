import type { RedisClient } from '../../platform/redis-client.ts';

/**
 * Where each incident was delivered (one field per channel), routed exactly once even when the events
 * that open and close it are handled at the same moment (same-second events, concurrent jobs): the
 * first job to need the routing claims it, the others wait for its record instead of routing again or
 * finding nothing and staying silent.
 *
 * Rules:
 * 1. A record carries a `~routed` marker once routing finished, even when no channel matched.
 * 2. Only the holder of the claim (`SET NX`, short-lived so a crashed holder does not block) routes.
 * 3. Others poll for the marker; when the claim lapses without a record, they claim it themselves.
 */
const ROUTED = '~routed';
const CLAIM_MS = 5_000;
const POLL_MS = 20;
const WAIT_MS = 15_000;
const KEEP_SECONDS = 30 * 24 * 3600;

export type IncidentRecord = { routed: false } | { routed: true; deliveries: string[] };

export class IncidentRecords {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(incidentId: string): string {
    return `${this.prefix}:alerts:incident:${incidentId}`;
  }

  /** Rule 1: the deliveries (JSON per channel) once routed; records without the marker count as routed when they hold deliveries. */
  async read(incidentId: string): Promise<IncidentRecord> {
    const record = await this.redis.hgetall(this.key(incidentId));
    const { [ROUTED]: marker, ...channels } = record;
    const deliveries = Object.values(channels);
    return marker || deliveries.length ? { routed: true, deliveries } : { routed: false };
  }

  /** Rule 2. */
  async claim(incidentId: string): Promise<boolean> {
    return (await this.redis.set(`${this.key(incidentId)}:claim`, '1', 'PX', CLAIM_MS, 'NX')) === 'OK';
  }

  async write(incidentId: string, deliveries: Record<string, string>): Promise<void> {
    const key = this.key(incidentId);
    await this.redis
      .multi()
      .hset(key, { ...deliveries, [ROUTED]: '1' })
      .expire(key, KEEP_SECONDS)
      .del(`${key}:claim`)
      .exec();
  }

  /** Rule 3: the deliveries once someone routed, or undefined when this caller now holds the claim. */
  async waitRouted(incidentId: string): Promise<string[] | undefined> {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const record = await this.read(incidentId);
      if (record.routed) return record.deliveries;
      if (await this.claim(incidentId)) return undefined;
    }
    throw new Error(`incident ${incidentId} was claimed for routing but never routed within ${WAIT_MS} ms`);
  }
}
