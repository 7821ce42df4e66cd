import { previewKeyFor } from '../../src/submit/confirm-preview.ts';
import { jobIdFor } from '../../src/submit/job-id.ts';

const PLATFORM = 'console';
/** A REPL session sends far fewer commands; the oldest keys' jobs are long over. */
const REMEMBERED = 1_000;

/**
 * The message keys a console client shows through its own command streams, so its channel watch
 * skips them instead of printing them twice. Keys are known BEFORE the command is sent — a job's
 * first update can reach the watch before the command stream — because they are derived like the
 * server derives them (src/submit/job-id.ts): a typed command's job from the delivery id the client
 * picks, a confirmed command's job and the prompt's live preview from the confirmation token.
 */
export class Following {
  private readonly keys = new Set<string>();

  /** Call before sending a message with this delivery id (`id` of POST /console/messages). */
  message(deliveryId: string): string {
    return this.add(jobIdFor('cmd', PLATFORM, deliveryId));
  }

  /** Call when a confirmation prompt arrives with this token, and before deciding it. */
  confirmation(token: string): void {
    this.add(previewKeyFor(PLATFORM, token));
    this.add(jobIdFor('act', PLATFORM, token));
  }

  /** A command stream that gave up waiting: the job's later messages should reach the watch again. */
  release(key: string): void {
    this.keys.delete(key);
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  private add(key: string): string {
    this.keys.add(key);
    if (this.keys.size > REMEMBERED) this.keys.delete(this.keys.values().next().value as string);
    return key;
  }
}
