import { t } from '../../src/replies/catalog/index.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import type { Reply, ReplyAction, ReplyStatus, ReplyTable } from '../../src/replies/reply.ts';
import { type CardActionData, COMMAND_VERB, DECISION_VERB } from './card-actions.ts';
import { detailFitsInCard } from './split-detail.ts';

// Renders a Reply as an Adaptive Card 1.5 (the version Universal Actions need; lower versions make
// Action.Execute stop working in Teams). Plain JSON, so the card is testable without botbuilder.

type AdaptiveElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Mark and container style per status; the status word under the title comes from the catalog. */
const STATUS: Record<ReplyStatus, { mark: string; style: string }> = {
  queued: { mark: '⏳', style: 'accent' },
  running: { mark: '🔄', style: 'accent' },
  succeeded: { mark: '✅', style: 'good' },
  failed: { mark: '❌', style: 'attention' },
  warning: { mark: '⚠️', style: 'warning' },
  info: { mark: 'ℹ️', style: 'default' },
  confirm: { mark: '❓', style: 'warning' },
  cancelled: { mark: '🚫', style: 'default' },
};

/** Teams renders a TextBlock's markdown subset; `*`/`_` in resource names must not turn into emphasis. */
function plain(text: string): string {
  return text.replace(/([*_~[\]])/g, '\\$1');
}

function textBlock(text: string, extra: AdaptiveElement = {}): AdaptiveElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function renderTable(table: ReplyTable): AdaptiveElement[] {
  const cell = (text: string, bold = false) => ({
    type: 'TableCell',
    items: [textBlock(plain(text || ' '), bold ? { weight: 'Bolder' } : {})],
  });
  const out: AdaptiveElement[] = [];
  if (table.title) out.push(textBlock(plain(table.title), { weight: 'Bolder', spacing: 'Medium' }));
  out.push({
    type: 'Table',
    columns: table.columns.map(() => ({ width: 1 })),
    firstRowAsHeader: true,
    showGridLines: true,
    rows: [
      { type: 'TableRow', cells: table.columns.map((c) => cell(c, true)) },
      ...table.rows.map((row) => ({ type: 'TableRow', cells: table.columns.map((_, i) => cell(row[i] ?? '')) })),
    ],
  });
  return out;
}

function actionData(action: ReplyAction): CardActionData | undefined {
  if (action.confirmToken && action.decision) {
    return { fluxops: 'decision', token: action.confirmToken, decision: action.decision };
  }
  if (action.command) return { fluxops: 'command', command: action.command };
  return undefined;
}

/** Action.Execute for Universal Actions, with Action.Submit as fallback for clients without them. */
function renderAction(action: ReplyAction): AdaptiveElement | undefined {
  const data = actionData(action);
  if (!data) return undefined;
  const style = action.style === 'danger' ? 'destructive' : action.style === 'primary' ? 'positive' : undefined;
  const common = { title: action.label, data, ...(style ? { style } : {}) };
  return {
    type: 'Action.Execute',
    id: action.id,
    verb: data.fluxops === 'decision' ? DECISION_VERB : COMMAND_VERB,
    ...common,
    fallback: { type: 'Action.Submit', ...common },
  };
}

function contextLine(reply: Reply, locale: Locale): string | undefined {
  const c = reply.provenance;
  const parts = [
    c?.requestedBy && t(locale, 'chrome.provenance.asked-by', { who: c.requestedBy }),
    c?.confirmedBy && t(locale, 'chrome.provenance.confirmed-by', { who: c.confirmedBy }),
    c?.cluster && t(locale, 'chrome.provenance.cluster', { cluster: c.cluster }),
    c?.jobId && t(locale, 'chrome.provenance.job', { jobId: c.jobId }),
  ].filter((p): p is string => Boolean(p));
  return parts.length ? plain(parts.join(' · ')) : undefined;
}

export function renderCard(reply: Reply): AdaptiveCard {
  const locale = reply.locale ?? 'en';
  const status = STATUS[reply.status];
  const body: AdaptiveElement[] = [
    {
      type: 'Container',
      style: status.style,
      bleed: true,
      items: [
        textBlock(`${status.mark} ${plain(reply.title)}`, { weight: 'Bolder', size: 'Medium' }),
        textBlock(t(locale, `chrome.status.${reply.status}`), { isSubtle: true, spacing: 'None', size: 'Small' }),
      ],
    },
  ];
  if (reply.text) body.push(textBlock(plain(reply.text)));
  if (reply.fields?.length) {
    body.push({ type: 'FactSet', facts: reply.fields.map((f) => ({ title: plain(f.label), value: plain(f.value) })) });
  }
  for (const table of reply.tables ?? []) body.push(...renderTable(table));
  if (reply.detail) {
    body.push(textBlock(plain(reply.detail.title), { weight: 'Bolder', spacing: 'Medium' }));
    // Long output goes to follow-up messages (Teams caps a message at about 28 KB); the card says so.
    body.push(
      detailFitsInCard(reply.detail)
        ? textBlock(reply.detail.lines.join('\n'), { fontType: 'Monospace' })
        : textBlock(t(locale, 'chrome.teams.detail-follows', { count: reply.detail.lines.length }), { isSubtle: true }),
    );
  }
  const meta = contextLine(reply, locale);
  if (meta) body.push(textBlock(meta, { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  const actions = (reply.actions ?? []).map(renderAction).filter((a): a is AdaptiveElement => a !== undefined);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}
