/** Reading the Adaptive Cards the bot sent through the connector stand-in. */
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

/** The status label under a card's title (see render-card.ts), e.g. "Queued", "Succeeded". */
export function cardStatus(call: ConnectorCall): string | undefined {
  const header = cardOf(call)?.body[0] as { items?: { text?: string }[] } | undefined;
  return header?.items?.[1]?.text;
}
