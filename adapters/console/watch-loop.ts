import { setTimeout as sleep } from 'node:timers/promises';
import { t } from '../../src/replies/catalog/index.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import { type ConsoleClientOptions, watchChannel } from './console-client.ts';
import type { Following } from './following.ts';
import { WatchPrinter } from './render-watch.ts';

/**
 * Keeps a channel watch open for `npm run chat` and prints what it yields. The channel is Redis
 * pub/sub behind the server, so what is posted while the connection is down is gone: after a drop
 * the loop says so once, retries every few seconds, and says when it is back.
 */
export interface WatchLoopOptions {
  client: ConsoleClientOptions;
  channel: string;
  following?: Pick<Following, 'has'>;
  signal: AbortSignal;
  print: (text: string) => void;
  /** Notes about the watch itself (lost, back), kept apart from the channel's messages. */
  note: (text: string) => void;
  /** Called once the first subscription is confirmed. */
  onReady?: () => void;
  retryMs?: number;
  /** The terminal's language, for the notes. */
  locale?: Locale;
}

export async function watchLoop(options: WatchLoopOptions): Promise<void> {
  const printer = new WatchPrinter();
  let lost = false;
  let readyOnce = false;
  while (!options.signal.aborted) {
    try {
      for await (const line of watchChannel(options.client, options)) {
        if (line.type === 'ready') {
          if (lost) options.note(t(options.locale ?? 'en', 'chrome.console.watch-back', { channel: options.channel }));
          lost = false;
          if (!readyOnce) options.onReady?.();
          readyOnce = true;
          continue;
        }
        const text = printer.render(line);
        if (text !== undefined) options.print(text);
      }
    } catch (error) {
      // Before the first connection the caller reports "not running" itself.
      if (!readyOnce) throw error;
    }
    if (options.signal.aborted) return;
    if (!lost) options.note(t(options.locale ?? 'en', 'chrome.console.watch-lost', { channel: options.channel }));
    lost = true;
    await sleep(options.retryMs ?? 3_000, undefined, { signal: options.signal }).catch(() => {});
  }
}
