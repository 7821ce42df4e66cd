/**
 * Remote text reaches the terminal without escape sequences or control characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { terminalSafe } from '../../../adapters/console/terminal-safe.ts';

const ESC = '\u001b';

describe('terminalSafe', () => {
  it.each([
    [`${ESC}]0;pwned${ESC}\\title`, 'title'],
    [`${ESC}]0;pwned\u0007title`, 'title'],
    [`${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`, 'link'],
    [`before${ESC}[2Jafter`, 'beforeafter'],
    [`${ESC}[31;1mred${ESC}[0m`, 'red'],
    [`${ESC}Pq#0;2;0;0;0${ESC}\\x`, 'x'],
    [`a${ESC}cb`, 'ab'],
    ['bell\u0007 cr\r del\u007f csi\u009b2J', 'bell cr del csi2J'],
    [`unterminated ${ESC}]0;title`, 'unterminated '],
    ['tab\tand\nnewline stay; ünïcödé ✅ too', 'tab\tand\nnewline stay; ünïcödé ✅ too'],
  ])('%j → %j', (raw, safe) => {
    expect(terminalSafe(raw)).toBe(safe);
  });

  it('leaves no ESC or other control character but tab and newline in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(terminalSafe(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 500 },
    );
  });

  it("strips a Flux event message's escapes from the rendered alert", () => {
    const text = renderText({
      status: 'failed',
      title: `HelmRelease apps/podinfo${ESC}]0;owned${ESC}\\ is failing`,
      text: `upgrade failed${ESC}[2J${ESC}[H`,
      fields: [{ label: 'Reason', value: `Upgrade${ESC}[5mFailed` }],
    });
    expect(text).toBe('❌ HelmRelease apps/podinfo is failing\nupgrade failed\n  Reason: UpgradeFailed');
  });
});
