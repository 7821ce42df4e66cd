import { STATUS_EMOJI } from '../../../adapters/slack/render/status-emoji.ts';
import type { ReplyStatus } from '../../../src/replies/reply.ts';

/**
 * Reading Block Kit messages the app sent by their structure: the reply status the header's emoji stands for
 * (render-message.ts puts STATUS_EMOJI[status] in front of the title) and the job id in the context line.
 */
export function headerStatus(blocks: unknown): ReplyStatus | undefined {
  const header = (blocks as { type: string; text?: { text?: string } }[] | undefined)?.find((b) => b.type === 'header');
  const text = header?.text?.text ?? '';
  const found = Object.entries(STATUS_EMOJI).find(([, emoji]) => text.startsWith(`${emoji} `));
  return found?.[0] as ReplyStatus | undefined;
}

/** The `cmd-slack-…` job id a message names, if any. */
export function jobIdIn(blocks: unknown): string | undefined {
  return JSON.stringify(blocks ?? []).match(/cmd-slack-[0-9a-f]{32}/)?.[0];
}
