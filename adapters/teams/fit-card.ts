import { displayWidth, padEndDisplay } from '../../src/replies/locale/display-width.ts';
import type { Reply, ReplyDetail, ReplyTable } from '../../src/replies/reply.ts';
import { type AdaptiveCard, renderCard } from './render-card.ts';
import { detailFitsInCard } from './split-detail.ts';

// Size budgets after rendering: a Teams activity must stay well under the connector's limit (413
// above 100 KB as UTF-16, older clients fail near 40 KB), so a card is measured once rendered and
// its tables paginated by rows; the rows that do not fit follow as messages of their own.

/**
 * Card budgets in UTF-8 bytes of the card JSON, by attempt: the normal card (28 KB per activity,
 * less room for the envelope), a smaller one after a 413, then a short card that only points to the
 * messages that follow.
 */
export const CARD_BUDGETS = [26 * 1024, 8 * 1024] as const;

/** How many fitting attempts there are: the budgets plus the short "too large" card. */
export const FIT_ATTEMPTS = CARD_BUDGETS.length + 1;

export interface FittedCard {
  card: AdaptiveCard;
  /** What the card could not hold, in order, for the follow-up messages. */
  overflow: ReplyDetail[];
}

const bytes = (card: AdaptiveCard) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/** A table as aligned monospace lines (header first) for a follow-up message. */
function tableLines(table: ReplyTable, rows: string[][]): string[] {
  // Display widths: a full-width character (名前) takes two columns of a code block.
  const widths = table.columns.map((c, i) => Math.max(displayWidth(c), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    table.columns
      .map((_, i) =>
        i === table.columns.length - 1 ? (cells[i] ?? '') : padEndDisplay(cells[i] ?? '', widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(table.columns), ...rows.map(line)];
}

function withRowCap(reply: Reply, cap: number): FittedCard {
  const tables = reply.tables ?? [];
  const card = renderCard({ ...reply, tables: tables.map((t) => ({ ...t, rows: t.rows.slice(0, cap) })) });
  const overflow: ReplyDetail[] = [];
  let tableIndex = 0;
  card.body = card.body.flatMap((element) => {
    if (element.type !== 'Table') return [element];
    const table = tables[tableIndex]!;
    const name = table.title ?? `Table ${tableIndex + 1}`;
    tableIndex += 1;
    const hidden = table.rows.length - cap;
    if (hidden <= 0) return [element];
    overflow.push({
      title: `${name}, rows ${cap + 1}–${table.rows.length}`,
      lines: tableLines(table, table.rows.slice(cap)),
    });
    const note = `${hidden} more row${hidden === 1 ? '' : 's'} — in the messages that follow.`;
    return [element, { type: 'TextBlock', text: note, wrap: true, isSubtle: true }];
  });
  return { card, overflow };
}

/** The last resort: title, status, a pointer to the follow-ups, buttons and context; all content follows. */
function shortCard(reply: Reply): FittedCard {
  const overflow: ReplyDetail[] = [];
  if (reply.text) overflow.push({ title: 'Text', lines: reply.text.split('\n') });
  if (reply.fields?.length)
    overflow.push({ title: 'Fields', lines: reply.fields.map((f) => `${f.label}: ${f.value}`) });
  for (const [i, table] of (reply.tables ?? []).entries()) {
    overflow.push({ title: table.title ?? `Table ${i + 1}`, lines: tableLines(table, table.rows) });
  }
  // Long detail follows anyway (splitDetail); short detail would have been inside the card.
  if (reply.detail && detailFitsInCard(reply.detail)) overflow.push(reply.detail);
  const text = 'Too large for one Teams message — the full reply is in the messages that follow.';
  const card = renderCard({
    title: reply.title,
    status: reply.status,
    text,
    actions: reply.actions,
    provenance: reply.provenance,
  });
  return { card, overflow };
}

/**
 * Rules: 1. a card under the attempt's budget is sent as rendered; 2. otherwise every table shows
 * the same, largest number of rows that fits, each cut table says how many rows follow, and those
 * rows go to `overflow`; 3. if even no rows do not fit, or the attempt is past the budgets, the
 * short card goes out and everything follows; 4. nothing is dropped.
 */
export function fitCard(reply: Reply, attempt = 0): FittedCard {
  const budget = CARD_BUDGETS[attempt];
  if (budget === undefined) return shortCard(reply);
  const whole = renderCard(reply);
  if (bytes(whole) <= budget) return { card: whole, overflow: [] };
  let low = 0;
  let high = Math.max(0, ...(reply.tables ?? []).map((t) => t.rows.length));
  if (bytes(withRowCap(reply, 0).card) > budget) return shortCard(reply);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bytes(withRowCap(reply, mid).card) <= budget) low = mid;
    else high = mid - 1;
  }
  return withRowCap(reply, low);
}
