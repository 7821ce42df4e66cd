import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../adapters/slack/render/action-ids.ts';
import { renderMessage } from '../../../../adapters/slack/render/render-message.ts';
import type { Reply } from '../../../../src/replies/reply.ts';
import { confirmReply } from '../../../../src/replies/submit-replies.ts';

type AnyBlock = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: Record<string, unknown>[];
};

const blocks = (reply: Reply) => renderMessage(reply).blocks as unknown as AnyBlock[];

describe('renderMessage', () => {
  it('renders header with status emoji, prose, fields, aligned table and context line', () => {
    const out = blocks({
      title: 'flux list',
      status: 'succeeded',
      text: 'Two configurations <ok> & fine.',
      fields: [{ label: 'Cluster', value: 'flux-demo-arc' }],
      tables: [
        {
          columns: ['NAME', 'STATE'],
          rows: [
            ['cluster-config', 'Compliant'],
            ['a', 'Pending'],
          ],
        },
      ],
      provenance: { jobId: 'cmd-slack-1', requestedBy: 'alice', cluster: 'flux-demo-arc', confirmedBy: 'bob' },
    });
    expect(out[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':white_check_mark: flux list', emoji: true },
    });
    expect(out[1]?.text?.text).toBe('Two configurations &lt;ok&gt; &amp; fine.');
    expect(out[2]?.fields?.[0]?.text).toBe('*Cluster*\nflux-demo-arc');
    expect(out[3]?.text?.text).toBe('```NAME            STATE\ncluster-config  Compliant\na               Pending```');
    expect(out.at(-1)).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'job `cmd-slack-1`  ·  asked by alice  ·  confirmed by bob  ·  cluster flux-demo-arc' },
      ],
    });
  });

  it('renders Confirm (danger, with Slack confirm dialog) and Cancel buttons carrying the token', () => {
    const reply = confirmReply(
      'flux delete cluster-config',
      'Deletes cluster-config and its objects.',
      'a'.repeat(32),
      'alice',
    );
    const actions = blocks(reply).find((b) => b.type === 'actions');
    const [confirm, cancel] = actions?.elements ?? [];
    expect(confirm).toMatchObject({
      action_id: ACTION_IDS.confirm,
      value: 'a'.repeat(32),
      style: 'danger',
      confirm: { style: 'danger', text: { text: 'Deletes cluster-config and its objects.' } },
    });
    expect(cancel).toMatchObject({ action_id: ACTION_IDS.cancel, value: 'a'.repeat(32) });
    expect(cancel?.confirm).toBeUndefined();
  });

  it('moves a long table to the thread and says how many rows are there', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`config-${i}`, 'Compliant']);
    const out = renderMessage({
      title: 'flux list',
      status: 'succeeded',
      tables: [{ columns: ['NAME', 'STATE'], rows }],
    });
    expect(JSON.stringify(out.blocks)).toContain('30 more rows — in the thread');
    expect(out.thread).toEqual([{ title: 'Table 1', lines: expect.arrayContaining(['config-49  Compliant']) }]);
    expect(out.thread[0]?.lines).toHaveLength(51);
  });

  it('never exceeds 50 blocks and keeps buttons and context', () => {
    const tables = Array.from({ length: 5 }, (_, i) => ({ title: `T${i}`, columns: ['A'], rows: [['x']] }));
    const fields = Array.from({ length: 40 }, (_, i) => ({ label: `f${i}`, value: 'v' }));
    const out = blocks({
      title: 't',
      status: 'running',
      text: 'y'.repeat(9000),
      fields,
      tables,
      actions: [{ id: 'r', label: 'Refresh', command: 'flux list' }],
      provenance: { jobId: 'j' },
    });
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.at(-2)?.type).toBe('actions');
    expect(out.at(-1)?.type).toBe('context');
    for (const b of out) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
  });

  it('cuts a header longer than Slack allows (150 characters)', () => {
    const header = blocks({ title: 'z'.repeat(400), status: 'queued' })[0];
    expect(header?.text?.text.length).toBe(150);
  });

  it('escapes and strips mentions from the fallback text like the blocks', () => {
    const out = renderMessage({ title: 'flux events <command>', status: 'info', text: 'rg<1> & <!channel> ping' });
    expect(out.text).toBe('flux events &lt;command&gt;: rg&lt;1&gt; &amp; channel ping');
    expect(JSON.stringify(out.blocks)).not.toContain('<!channel>');
  });

  it('keeps the fallback text under 4,000 characters without cutting an entity', () => {
    const out = renderMessage({ title: 't', status: 'info', text: '&'.repeat(5000) });
    expect(out.text.length).toBeLessThanOrEqual(4000);
    expect(out.text).toMatch(/&amp;…$/);
  });

  it('moves prose past three sections to the thread instead of dropping it (80 problems)', () => {
    const problems = Array.from(
      { length: 80 },
      (_, i) => `problem ${i + 1}: value <x> & \`key-${i}\` is not valid here ${'.'.repeat(60)}`,
    );
    const out = renderMessage({ title: 'parse error', status: 'failed', text: problems.join('\n') });
    const sections = (out.blocks as unknown as AnyBlock[]).filter((b) => b.type === 'section');
    expect(sections).toHaveLength(3);
    for (const b of sections) expect(b.text?.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(out.blocks)).toMatch(/more lines — in the thread/);
    const shown = sections.map((b) => b.text?.text ?? '').join('');
    const inThread = out.thread.flatMap((t) => t.lines).join('\n');
    for (let i = 1; i <= 80; i++) {
      expect(shown.includes(`problem ${i}:`) || inThread.includes(`problem ${i}:`)).toBe(true);
    }
  });
});
