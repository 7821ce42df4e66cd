import type { Reply } from '../../src/replies/reply.ts';

/** One NDJSON line of a console stream. */
export type ConsoleLine =
  | { type: 'reply'; key: string; final: boolean; reply: Reply; token?: string }
  | { type: 'end'; reason: 'done' | 'timeout' };
