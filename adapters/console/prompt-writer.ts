import { clearScreenDown, cursorTo, moveCursor } from 'node:readline';
import type { Interface } from 'node:readline/promises';

/**
 * Prints channel messages that arrive at any time without garbling what the user is typing. While
 * readline shows a prompt (or a y/N question) the typed line is wiped, the message printed, and the
 * prompt redrawn with the typed text; while a command's output streams, the message just prints
 * between its lines, as it would in a chat.
 */
export class PromptWriter {
  private waiting = false;
  /**
   * Readline closes at the end of input, which piped stdin reaches while lines it already read still
   * run: from then on there is nothing to prompt for, and a question has no answer.
   */
  private closed = false;

  constructor(
    private readonly rl: Interface,
    private readonly output: NodeJS.WriteStream = process.stdout,
  ) {
    rl.once('close', () => {
      this.closed = true;
      this.waiting = false;
    });
  }

  prompt(): void {
    if (this.closed) return;
    this.waiting = true;
    this.rl.prompt();
  }

  /** Resolves undefined when input ended before (or while) the question was asked. */
  async question(query: string): Promise<string | undefined> {
    if (this.closed) return undefined;
    this.waiting = true;
    try {
      return await this.rl.question(query);
    } catch (error) {
      if (this.closed) return undefined;
      throw error;
    } finally {
      this.waiting = false;
    }
  }

  /** The user pressed Enter: output now belongs to the command until the next prompt. */
  taken(): void {
    this.waiting = false;
  }

  print(text: string): void {
    if (!this.waiting || !this.output.isTTY) {
      this.output.write(`${text}\n`);
      return;
    }
    // Wipe the prompt and typed text from their first row (a long line wraps over several).
    const { rows } = this.rl.getCursorPos();
    moveCursor(this.output, 0, -rows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    // readline redraws from `rows` rows above the cursor; blank rows keep that from erasing the message.
    this.output.write(`${text}\n${'\n'.repeat(rows)}`);
    this.rl.prompt(true);
  }
}
