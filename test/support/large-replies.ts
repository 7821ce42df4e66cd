import { helpReply } from '../../src/commands/help.ts';
import { HELP_TOPICS } from '../../src/commands/help-topics.ts';
import type { Reply, ReplyTable } from '../../src/replies/reply.ts';

/**
 * Replies at the sizes that used to be refused: `status` of 3 configurations × 30 kustomizations
 * (a card of about 58 KB, over 100 KB as UTF-16) and a 63-row `flux show` (about 40 KB).
 */

function kustomizationRows(config: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `cluster-config-${config}`,
    `apps-${config}-kustomization-${i}`,
    i % 7 === 0 ? 'False' : 'True',
    'False',
    `Applied revision: main@sha1:${'0123456789abcdef'.repeat(2)}${String(i).padStart(8, '0')} — reconciliation "ready" & <ok>`,
  ]);
}

/** 3 configurations × 30 kustomizations plus a header row per configuration: 93 data rows in one table. */
export function statusReply(): Reply {
  const rows = [1, 2, 3].flatMap((config) => [
    [`cluster-config-${config}`, '(configuration)', 'True', 'False', 'Compliant'],
    ...kustomizationRows(config, 30),
  ]);
  const table: ReplyTable = {
    title: 'Kustomizations',
    columns: ['CONFIGURATION', 'NAME', 'READY', 'SUSPENDED', 'MESSAGE'],
    rows,
  };
  return { title: 'status', status: 'succeeded', text: '3 configurations, 90 kustomizations', tables: [table] };
}

/** `flux show` of one configuration with 63 objects. */
export function showReply(): Reply {
  const table: ReplyTable = {
    title: 'Objects',
    columns: ['KIND', 'NAME', 'READY', 'SUSPENDED', 'MESSAGE'],
    rows: kustomizationRows(9, 63).map(([, ...rest]) => ['Kustomization', ...rest]),
  };
  return { title: 'flux show cluster-config-9', status: 'succeeded', tables: [table] };
}

/** 80 problems in one reply's text, with characters Slack escapes and code spans. */
export function parseErrorReply(): Reply {
  return { title: 'parse error', status: 'failed', text: eightyProblems().join('\n') };
}

export function eightyProblems(): string[] {
  return Array.from(
    { length: 80 },
    (_, i) => `problem ${i + 1}: line ${i + 3}: value <x> & \`key-${i}\` is not valid here ${'.'.repeat(60)}`,
  );
}

/** `help` on every topic, and the overview. */
export function helpReplies(): Reply[] {
  return [helpReply(), ...HELP_TOPICS.map((topic) => helpReply(topic))];
}
