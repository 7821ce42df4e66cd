import type { Platform } from '../../../src/notify/conversation.ts';
import type { Deliverer } from '../../../src/notify/deliverer.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';

/**
 * A deliverer that only records what the notify worker hands it: the boundary where Slack and Teams
 * adapters take over (their own tests cover post-vs-update on the platform).
 */
export class RecordingDeliverer implements Deliverer {
  readonly messages: NotifyMessage[] = [];

  /** `coalescesUpdates`: behave like Slack and Teams, whose progress updates coalesce. */
  constructor(
    readonly platform: Platform,
    readonly coalescesUpdates = false,
  ) {}

  async deliver(message: NotifyMessage): Promise<void> {
    this.messages.push(message);
  }

  in(channel: string): NotifyMessage[] {
    return this.messages.filter((message) => message.address.channel === channel);
  }

  /** Distinct message keys in a channel, in order of first appearance: each is one post. */
  keys(channel: string): string[] {
    return [...new Set(this.in(channel).map((message) => message.key))];
  }

  /** The newest version (highest seq) of a message. */
  latest(key: string): NotifyMessage | undefined {
    return this.messages.filter((message) => message.key === key).sort((a, b) => b.seq - a.seq)[0];
  }
}
