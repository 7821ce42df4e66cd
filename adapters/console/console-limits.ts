import { INPUT_LIMITS } from '../../src/commands/input-limits.ts';

// What the console endpoint reads of one message. The parser's own limit (INPUT_LIMITS.chars) is what
// refuses a long text, in the reader's language and with an example; the endpoint's caps only bound
// what is read before the parser sees it.
//
// Rules:
// 1. The endpoint takes text up to five times the parser's limit, so a text the parser refuses
//    reaches the parser and its answer, unless it is far longer still (the client answers those itself).
// 2. The body may hold that text even if every character is JSON-escaped (`\u0001` is 6 bytes), plus
//    the other fields; nothing past it is read.

/** Rule 1. */
export const CONSOLE_TEXT_CHARS = 5 * INPUT_LIMITS.chars;

/** Rule 2. */
export const CONSOLE_MESSAGE_BYTES = 6 * CONSOLE_TEXT_CHARS + 4 * 1024;
