import type { ReplyStatus } from '../../../src/replies/reply.ts';

/** The emoji in front of a message's header, so a channel scan shows each job's state at a glance. */
export const STATUS_EMOJI: Record<ReplyStatus, string> = {
  queued: ':hourglass_flowing_sand:',
  running: ':arrows_counterclockwise:',
  succeeded: ':white_check_mark:',
  failed: ':x:',
  warning: ':warning:',
  info: ':information_source:',
  confirm: ':question:',
  cancelled: ':no_entry_sign:',
};
