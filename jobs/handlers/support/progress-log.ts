import type { Locale } from '../../../src/replies/locale/locale.ts';
import type { Reply, ReplyStatus } from '../../../src/replies/reply.ts';
import type { HandlerInput } from '../../handler.ts';
import { readerLocale } from './reader-locale.ts';

/**
 * The command's one message, as a short log of steps that grows while the job runs and stays in the
 * final reply: "Installing microsoft.flux: accepted (operation …)", "… Succeeded", "Compliance: Pending
 * → Compliant". A keyed line is rewritten in place, so polling does not flood the message.
 */
export class ProgressLog {
  private readonly lines: { key: string; text: string }[] = [];
  /** The reader's language: every line and the final reply are written in it. */
  readonly locale: Locale;

  constructor(private readonly ctx: Pick<HandlerInput, 'command' | 'progress' | 'data'>) {
    this.locale = readerLocale(ctx);
  }

  get text(): string {
    return this.lines.map((line) => line.text).join('\n');
  }

  /** Adds or rewrites the line `key` and publishes the message as running. */
  async set(key: string, text: string, extra: Partial<Reply> = {}): Promise<void> {
    const line = this.lines.find((candidate) => candidate.key === key);
    if (line) line.text = text;
    else this.lines.push({ key, text });
    await this.ctx.progress(this.reply('running', extra));
  }

  /** Adds a line without publishing (it shows with the next update or the final reply). */
  note(key: string, text: string): void {
    if (!this.lines.some((line) => line.key === key)) this.lines.push({ key, text });
  }

  reply(status: ReplyStatus, extra: Partial<Reply> = {}): Reply {
    const text = [this.text, extra.text].filter(Boolean).join('\n');
    return { ...extra, title: this.ctx.command.display, status, text: text || undefined };
  }
}
