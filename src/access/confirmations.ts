import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CommandJobData } from '../submit/ports.ts';

/**
 * Pending destructive commands waiting for Confirm/Cancel. Single use (GETDEL), bound to the
 * requester, gone after ten minutes. The stored job data is already sealed.
 */

export const CONFIRMATION_TTL_SECONDS = 600;

export type TakeResult =
  | { outcome: 'taken'; data: CommandJobData }
  | { outcome: 'expired' }
  | { outcome: 'not-requester'; requesterId: string };

export class ConfirmationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(token: string): string {
    return `${this.prefix}:confirm:${token}`;
  }

  async create(data: CommandJobData): Promise<string> {
    const token = randomBytes(16).toString('hex');
    await this.redis.set(this.key(token), JSON.stringify(data), 'EX', CONFIRMATION_TTL_SECONDS);
    return token;
  }

  /**
   * Takes the pending command for `userId`. Rule 1: unknown or used tokens are "expired".
   * Rule 2: someone other than the requester leaves it in place. Rule 3: GETDEL makes a double
   * click run it once.
   */
  async take(token: string, userId: string): Promise<TakeResult> {
    if (!/^[0-9a-f]{32}$/.test(token)) return { outcome: 'expired' };
    const raw = await this.redis.get(this.key(token));
    if (!raw) return { outcome: 'expired' };
    const peeked = JSON.parse(raw) as CommandJobData;
    if (peeked.user.id !== userId) return { outcome: 'not-requester', requesterId: peeked.user.id };
    const taken = await this.redis.getdel(this.key(token));
    if (!taken) return { outcome: 'expired' };
    return { outcome: 'taken', data: JSON.parse(taken) as CommandJobData };
  }
}
