import { renderMessage } from '../../../adapters/slack/render/render-message.ts';
import { STATUS_EMOJI } from '../../../adapters/slack/render/status-emoji.ts';
import type { ReplyProvenance, ReplyStatus } from '../../../src/replies/reply.ts';

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

/** The context line render-message.ts draws for `context`, to look for in a message the app sent. */
export function contextLine(context: ReplyProvenance): string {
  const rendered = renderMessage({ title: 'x', status: 'info', provenance: context }).blocks.find(
    (b) => b.type === 'context',
  );
  const [element] = (rendered as { elements: { text: string }[] } | undefined)?.elements ?? [];
  if (!element) throw new Error(`no context line rendered for ${JSON.stringify(context)}`);
  return element.text;
}
