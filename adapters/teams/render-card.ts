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

const STATUS: Record<ReplyStatus, { mark: string; label: string; style: string }> = {
  queued: { mark: '⏳', label: 'Queued', style: 'accent' },
  running: { mark: '🔄', label: 'Running', style: 'accent' },
  succeeded: { mark: '✅', label: 'Succeeded', style: 'good' },
  failed: { mark: '❌', label: 'Failed', style: 'attention' },
  warning: { mark: '⚠️', label: 'Warning', style: 'warning' },
  info: { mark: 'ℹ️', label: 'Info', style: 'default' },
  confirm: { mark: '❓', label: 'Waiting for confirmation', style: 'warning' },
  cancelled: { mark: '🚫', label: 'Cancelled', style: 'default' },
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

function contextLine(reply: Reply): string | undefined {
  const c = reply.provenance;
  const parts = [
    c?.requestedBy && `asked by ${c.requestedBy}`,
    c?.confirmedBy && `confirmed by ${c.confirmedBy}`,
    c?.cluster && `cluster ${c.cluster}`,
    c?.jobId && `job ${c.jobId}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? plain(parts.join(' · ')) : undefined;
}

export function renderCard(reply: Reply): AdaptiveCard {
  const status = STATUS[reply.status];
  const body: AdaptiveElement[] = [
    {
      type: 'Container',
      style: status.style,
      bleed: true,
      items: [
        textBlock(`${status.mark} ${plain(reply.title)}`, { weight: 'Bolder', size: 'Medium' }),
        textBlock(status.label, { isSubtle: true, spacing: 'None', size: 'Small' }),
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
        : textBlock(`${reply.detail.lines.length} lines; full output follows below.`, { isSubtle: true }),
    );
  }
  const meta = contextLine(reply);
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
