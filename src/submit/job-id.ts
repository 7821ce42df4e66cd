import { createHash } from 'node:crypto';
import type { Platform } from '../notify/conversation.ts';

/**
 * Deterministic job ids: the same delivery (a Slack retry, a Teams resend, a double click) maps to
 * the same id, so BullMQ ignores the second add. BullMQ forbids `:` and all-digit ids; a hex digest
 * behind a word prefix is neither.
 */
export function jobIdFor(prefix: 'cmd' | 'act' | 'preview', platform: Platform, deliveryId: string): string {
  const digest = createHash('sha256').update(`${platform}\u0000${deliveryId}`).digest('hex').slice(0, 32);
  return `${prefix}-${platform}-${digest}`;
}
