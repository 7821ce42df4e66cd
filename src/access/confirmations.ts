import { randomBytes } from 'node:crypto';
import { channelOf } from '../notify/channel-of.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';
import type { CommandJobData } from '../submit/queue-port.ts';

// Pending destructive commands waiting for Confirm/Cancel. Single use (GETDEL), bound to the
// requester, gone after ten minutes. The stored job data is already sealed.

const CONFIRMATION_TTL_SECONDS = 600;

export type TakeResult =
  | { outcome: 'taken'; data: CommandJobData }
  | { outcome: 'expired' }
  | { outcome: 'not-requester'; requesterId: string }
  | { outcome: 'other-conversation' };

export class ConfirmationStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(token: string): string {
    return `${this.prefix}:confirm:${token}`;
  }

  /** A fresh single-use token; the prompt shows it before `save` stores what it confirms. */
  static newToken(): string {
    return randomBytes(16).toString('hex');
  }

  async save(token: string, data: CommandJobData): Promise<void> {
    await this.redis.set(this.key(token), JSON.stringify(data), 'EX', CONFIRMATION_TTL_SECONDS);
  }

  /**
   * Takes the pending command for `userId`. Rule 1: unknown or used tokens are "expired".
   * Rule 2: someone other than the requester leaves it in place. Rule 3: GETDEL makes a double
   * click run it once. Rule 4: a click from another conversation (a forwarded or pasted token) is
   * refused, so the result goes where the decision was made.
   */
  async take(token: string, userId: string, from?: ConversationAddress): Promise<TakeResult> {
    if (!/^[0-9a-f]{32}$/.test(token)) return { outcome: 'expired' };
    const raw = await this.redis.get(this.key(token));
    if (!raw) return { outcome: 'expired' };
    const peeked = JSON.parse(raw) as CommandJobData;
    if (peeked.user.id !== userId) return { outcome: 'not-requester', requesterId: peeked.user.id };
    if (from && channelOf(from) !== channelOf(peeked.address)) return { outcome: 'other-conversation' };
    const taken = await this.redis.getdel(this.key(token));
    if (!taken) return { outcome: 'expired' };
    return { outcome: 'taken', data: JSON.parse(taken) as CommandJobData };
  }
}
