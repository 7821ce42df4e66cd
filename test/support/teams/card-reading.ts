/** Reading the Adaptive Cards the bot sent through the connector stand-in. */
import { renderCard } from '../../../adapters/teams/render-card.ts';
import type { ReplyProvenance, ReplyStatus } from '../../../src/replies/reply.ts';
import type { ConnectorCall } from './connector-stand-in.ts';

/** An Adaptive Card as render-card.ts builds it. */
type Card = { body: Record<string, unknown>[]; actions?: Record<string, unknown>[]; version: string };

/** The Adaptive Card a call carries, if any. */
export function cardOf(call: ConnectorCall): Card | undefined {
  const attachments = call.activity.attachments as { contentType: string; content: Card }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every text of a card, flattened, for assertions that do not depend on layout. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'text' || k === 'title' || k === 'value') && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return out.join('\n');
}

/** Every reply status, so the mark table below covers them all (the compiler checks the keys). */
const STATUSES: Record<ReplyStatus, true> = {
  queued: true,
  running: true,
  succeeded: true,
  failed: true,
  warning: true,
  info: true,
  confirm: true,
  cancelled: true,
};

/** The mark renderCard puts in front of the title for each status, read from renderCard itself. */
const MARKS = (Object.keys(STATUSES) as ReplyStatus[]).map((status) => {
  const header = renderCard({ title: 'x', status }).body[0] as { items: { text: string }[] };
  return [status, header.items[0]!.text.slice(0, -' x'.length)] as const;
});

/** The reply status a card shows, from the mark in front of its title (see render-card.ts). */
export function cardStatus(call: ConnectorCall): ReplyStatus | undefined {
  const header = cardOf(call)?.body[0] as { items?: { text?: string }[] } | undefined;
  const title = header?.items?.[0]?.text ?? '';
  return MARKS.find(([, mark]) => title.startsWith(`${mark} `))?.[0];
}

/** The context line renderCard adds for `context`: the card's texts with it, less those without it. */
export function cardContextLine(context: ReplyProvenance): string {
  const without = new Set(cardText(renderCard({ title: 'x', status: 'info' })).split('\n'));
  const added = cardText(renderCard({ title: 'x', status: 'info', provenance: context }))
    .split('\n')
    .filter((text) => !without.has(text));
  if (added.length !== 1) throw new Error(`expected one context line for ${JSON.stringify(context)}, got ${added}`);
  return added[0]!;
}
