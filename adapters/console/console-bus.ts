import type { Deliverer } from '../../src/notify/deliverer.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';

/**
 * Console replies travel over Redis pub/sub, so a worker in another process reaches the web process
 * holding the console connection open. One subscriber connection serves every open console stream.
 */
export function consoleChannel(prefix: string, channel: string): string {
  return `${prefix}:console:${channel}`;
}

export class ConsoleDeliverer implements Deliverer {
  readonly platform = 'console' as const;

  constructor(
    private readonly publisher: RedisClient,
    private readonly prefix: string,
  ) {}

  async deliver(message: NotifyMessage): Promise<void> {
    await this.publisher.publish(consoleChannel(this.prefix, message.address.channel), JSON.stringify(message));
  }
}

type Listener = (message: NotifyMessage) => void;

export class ConsoleBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly subscriber: RedisClient,
    private readonly prefix: string,
  ) {
    subscriber.on('message', (channel: string, payload: string) => {
      const set = this.listeners.get(channel);
      if (!set) return;
      const message = JSON.parse(payload) as NotifyMessage;
      for (const listener of set) listener(message);
    });
  }

  /** Resolves once Redis confirmed the subscription, so no reply published after it is missed. */
  async listen(channel: string, listener: Listener): Promise<() => Promise<void>> {
    const name = consoleChannel(this.prefix, channel);
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
      await this.subscriber.subscribe(name);
    }
    set.add(listener);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(name) === set) {
        this.listeners.delete(name);
        await this.subscriber.unsubscribe(name).catch(() => {});
      }
    };
  }
}
