import { describe, expect, it } from 'vitest';
import { displayWidth, padEndDisplay } from '../../../src/replies/locale/display-width.ts';

describe('display width', () => {
  it('counts full-width characters as two columns', () => {
    expect(displayWidth('名前')).toBe(4);
    expect(displayWidth('NAME')).toBe(4);
    expect(displayWidth('コンプライアンス')).toBe(16);
    expect(displayWidth('Conformité')).toBe(10);
  });

  it('pads to the same column whatever the script', () => {
    const cells = ['名前', 'NAME', 'état', 'コンプライアンス'].map((cell) => `${padEndDisplay(cell, 18)}|`);
    expect(new Set(cells.map(displayWidth))).toEqual(new Set([19]));
    expect(padEndDisplay('名前', 6)).toBe('名前  ');
  });

  it('never cuts a text wider than the column', () => {
    expect(padEndDisplay('コンプライアンス', 4)).toBe('コンプライアンス');
  });
});
