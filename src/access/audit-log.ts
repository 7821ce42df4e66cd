import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';

// The audit trail: who asked for what, where, and how it ended, in a capped Redis stream. Entries
// hold only the redacted command display — never a secret — so operators can read it freely.

export type AuditEvent =
  | 'submitted'
  | 'rejected'
  | 'denied'
  | 'confirm-requested'
  | 'confirmed'
  | 'cancelled'
  | 'finished';

export interface AuditEntry {
  at: string;
  event: AuditEvent;
  platform: string;
  channel: string;
  user: string;
  display: string;
  jobId?: string;
  status?: string;
  /** The role and binding that decided it: `admin via FLUXOPS_ADMINS`, `held viewer via user console:bob`. */
  access?: string;
}

const MAX_ENTRIES = 100_000;

export class AuditLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:audit`;
  }

  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    const fields = Object.entries({ at: new Date().toISOString(), ...entry }).flatMap(([k, v]) =>
      v === undefined ? [] : [k, String(v)],
    );
    await this.redis.xadd(this.key, 'MAXLEN', '~', MAX_ENTRIES, '*', ...fields);
  }

  /** Newest first, only this conversation's entries that `keep` accepts, at most `limit`. */
  async recent(
    address: ConversationAddress,
    limit = 20,
    scan = 2_000,
    keep: (entry: AuditEntry) => boolean = () => true,
  ): Promise<AuditEntry[]> {
    const rows = await this.redis.xrevrange(this.key, '+', '-', 'COUNT', scan);
    const out: AuditEntry[] = [];
    for (const [, flat] of rows) {
      const entry = Object.fromEntries(
        flat.flatMap((v, i) => (i % 2 === 0 ? [[v, flat[i + 1]]] : [])),
      ) as unknown as AuditEntry;
      if (entry.platform !== address.platform || entry.channel !== address.channel || !keep(entry)) continue;
      out.push(entry);
      if (out.length >= limit) break;
    }
    return out;
  }
}
