import type { Reply } from '../../src/replies/reply.ts';

/** One NDJSON line of a console stream. */
export type ConsoleLine =
  | { type: 'reply'; key: string; final: boolean; reply: Reply; token?: string }
  | { type: 'end'; reason: 'done' | 'timeout' };

/**
 * One NDJSON line of a channel watch (GET /console/channels/:channel/stream): `ready` once the
 * subscription is confirmed (nothing posted after it is missed), then every message posted to the
 * channel as it is published — a repeat of a key updates what was shown under it, `threadOf` makes
 * it a reply to that key's message — and a `heartbeat` while the channel is quiet.
 */
export type WatchLine =
  | { type: 'ready'; channel: string }
  | { type: 'message'; key: string; seq: number; reply: Reply; threadOf?: string }
  | { type: 'heartbeat' };
