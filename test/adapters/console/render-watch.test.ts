import { describe, expect, it } from 'vitest';
import type { WatchLine } from '../../../adapters/console/console-protocol.ts';
import { WatchPrinter } from '../../../adapters/console/render-watch.ts';
import type { Reply } from '../../../src/replies/reply.ts';

type MessageLine = Extract<WatchLine, { type: 'message' }>;

const line = (key: string, seq: number, reply: Reply, threadOf?: string): MessageLine => ({
  type: 'message',
  key,
  seq,
  reply,
  threadOf,
});

const failing = (count: number): Reply => ({
  status: 'failed',
  title: 'HelmRelease cluster-config/podinfo is failing on arc',
  text: 'upgrade retries exhausted',
  fields: [
    { label: 'Reason', value: 'UpgradeFailed' },
    { label: 'Occurrences', value: String(count) },
  ],
});

describe('WatchPrinter', () => {
  it('prints an alert in full, skips repeats that only bump its count, and prints its recovery under it', () => {
    const printer = new WatchPrinter();
    expect(printer.render(line('al-1', 1, failing(1)))).toBe(
      '❌ HelmRelease cluster-config/podinfo is failing on arc\nupgrade retries exhausted\n  Reason:      UpgradeFailed\n  Occurrences: 1',
    );
    expect(printer.render(line('al-1', 2, failing(2)))).toBeUndefined();
    // Printed right under the alert, a new message needs no headline.
    expect(printer.render(line('al-1', 3, { ...failing(3), text: 'chart not found' }))).toBe('  … chart not found');
    expect(
      printer.render(line('al-1', 4, { status: 'succeeded', title: 'Resolved: HelmRelease cluster-config/podinfo' })),
    ).toBe('↻ ✅ Resolved: HelmRelease cluster-config/podinfo');
    expect(
      printer.render(
        line('al-1-recovered', 1, { status: 'succeeded', title: 'Recovered: podinfo', text: 'ok' }, 'al-1'),
      ),
    ).toBe('  ↳ re: HelmRelease cluster-config/podinfo is failing on arc\n    ✅ Recovered: podinfo\n    ok');
  });

  it('drops updates older than what it showed', () => {
    const printer = new WatchPrinter();
    printer.render(line('al-1', 5, failing(1)));
    expect(printer.render(line('al-1', 4, { ...failing(1), text: 'older news' }))).toBeUndefined();
  });

  it("prints a job's progress as new lines and its result in full", () => {
    const printer = new WatchPrinter();
    printer.render(line('cmd-1', 1, { status: 'running', title: 'flux create', text: 'step 1' }));
    expect(printer.render(line('cmd-1', 2, { status: 'running', title: 'flux create', text: 'step 1\nstep 2' }))).toBe(
      '  … step 2',
    );
    // Another message in between: the next progress line says again whose it is.
    printer.render(line('al-1', 1, failing(1)));
    expect(printer.render(line('cmd-1', 3, { status: 'running', title: 'flux create', text: 'step 3' }))).toBe(
      '↻ 🔄 flux create\n  … step 3',
    );
    expect(printer.render(line('cmd-1', 4, { status: 'succeeded', title: 'flux create', text: 'done' }))).toBe(
      '✅ flux create\ndone',
    );
  });

  it('names no parent it never saw', () => {
    const printer = new WatchPrinter();
    expect(printer.render(line('x-recovered', 1, { status: 'succeeded', title: 'Recovered' }, 'x'))).toBe(
      '  ↳ re: an earlier message\n    ✅ Recovered',
    );
  });

  it('prints no escape sequence from a remote update, thread title or added line', () => {
    const printer = new WatchPrinter();
    const title = 'podinfo\u001b]0;owned\u0007 failing';
    expect(printer.render(line('al-9', 1, { status: 'failed', title }))).toBe('❌ podinfo failing');
    expect(printer.render(line('al-9', 2, { status: 'failed', title, text: 'x\u001b[2Jy' }))).toBe('  … xy');
    expect(printer.render(line('al-9-r', 1, { status: 'succeeded', title: 'ok' }, 'al-9'))).toBe(
      '  ↳ re: podinfo failing\n    ✅ ok',
    );
  });
});
