import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { fluxGetTable } from '../../../src/cluster/ops/flux-get-table.ts';
import type { FluxObject } from '../../../src/cluster/ops/flux-object.ts';
import { displayWidth } from '../../../src/replies/locale/display-width.ts';
import type { ReplyTable } from '../../../src/replies/reply.ts';
import { tableLines } from '../../../src/replies/table-lines.ts';

/**
 * The `status` table in Japanese: headers are full-width (名前, リビジョン, 準備完了), each taking two
 * columns of a terminal or code block. Aligned by display width, every line's last column starts at
 * the same column; aligned by `.length`, the header would sit left of the rows.
 */
function object(name: string, ready?: { status: string; message: string }): { kind: string; object: FluxObject } {
  return {
    kind: 'Kustomization',
    object: {
      metadata: { name, namespace: 'cluster-config' },
      spec: {},
      status: ready ? { conditions: [{ type: 'Ready', ...ready }] } : {},
    },
  };
}

const OBJECTS = [
  object('cluster-config-infra', { status: 'True', message: 'Applied revision: main/4f1bdad4' }),
  object('cluster-config-apps', {
    status: 'False',
    message: 'dependency cluster-config/cluster-config-infra is not ready',
  }),
  // No Ready condition yet: the MESSAGE cell is the catalog's "waiting to be reconciled", in Japanese.
  object('cluster-config-new'),
];

/** The display column where each line's last cell starts (lines whose last cell is empty are skipped). */
function lastColumnStarts(lines: string[], table: ReplyTable): number[] {
  const lastCells = [table.columns, ...table.rows].map((cells) => cells.at(-1) ?? '');
  return lines.map((line, i) => displayWidth(line.slice(0, line.length - (lastCells[i] ?? '').length)));
}

describe('a CJK cluster table', () => {
  const table = fluxGetTable(OBJECTS, 'ja');

  it('has Japanese headers and catalog cells, and Flux values as Flux writes them', () => {
    expect(table.title).toBe('Flux オブジェクト');
    expect(table.columns).toEqual(['名前', 'リビジョン', '中断', '準備完了', 'メッセージ']);
    expect(table.rows[2]).toEqual(['kustomization/cluster-config-new', '', 'False', 'False', '調整待ち']);
  });

  it('aligns by display width in a code block (Slack, Teams follow-ups)', () => {
    const lines = tableLines(table);
    expect(new Set(lastColumnStarts(lines, table)).size).toBe(1);
    // 名前 is 2 characters but 4 columns: the header is padded to the widest name by columns, not characters.
    expect(displayWidth(lines[0]!.split('リビジョン')[0]!)).toBe(displayWidth(lines[1]!.split(' ')[0]!) + 2);
  });

  it('aligns by display width in the console', () => {
    const text = renderText({ title: 'status', status: 'succeeded', tables: [table] });
    const lines = text.split('\n');
    const start = lines.indexOf('Flux オブジェクト') + 1;
    expect(start).toBeGreaterThan(0);
    const tableText = lines.slice(start, start + 1 + table.rows.length);
    expect(new Set(lastColumnStarts(tableText, table)).size).toBe(1);
  });
});
