/**
 * What slack.com refuses in chat.postMessage / chat.update, as its documented limits: more than 50
 * blocks, a section text over 3,000 characters, a header over 150, more than 10 fields or a field over
 * 2,000 → `invalid_blocks`; a `text` over 40,000 characters → `msg_too_long`. Returns the error
 * Slack would answer, or undefined when the payload is accepted.
 */
export function slackRefusal(params: Record<string, unknown>): string | undefined {
  if (typeof params.text === 'string' && params.text.length > 40_000) return 'msg_too_long';
  const blocks = params.blocks;
  if (!Array.isArray(blocks)) return undefined;
  if (blocks.length > 50) return 'invalid_blocks';
  for (const block of blocks as { type?: string; text?: { text?: string }; fields?: { text?: string }[] }[]) {
    const text = block.text?.text ?? '';
    if (block.type === 'header' && text.length > 150) return 'invalid_blocks';
    if (block.type === 'section' && text.length > 3000) return 'invalid_blocks';
    if (block.fields && (block.fields.length > 10 || block.fields.some((f) => (f.text ?? '').length > 2000))) {
      return 'invalid_blocks';
    }
  }
  return undefined;
}
