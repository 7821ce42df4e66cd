import type { Reply } from '../../../src/replies/reply.ts';

/** Everything a reply says, flattened, for "contains" assertions. */
export function replyText(reply: Reply): string {
  return [
    reply.text ?? '',
    ...(reply.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ...(reply.tables ?? []).flatMap((t) => [t.title ?? '', ...t.rows.map((r) => r.join(' | '))]),
    ...(reply.actions ?? []).map((a) => `${a.label} -> ${a.command ?? ''}`),
  ].join('\n');
}
