import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/access/audit-log.ts';
import { auditReply, jobsReply } from '../../src/replies/audit-replies.ts';

const long =
  'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config-with-a-long-name --subscription 11111111-2222-3333-4444-555555555555';
const entry: AuditEntry = {
  at: '2026-11-22T03:00:00.000Z',
  event: 'finished',
  platform: 'console',
  channel: 'ops',
  user: 'alice',
  display: long,
  jobId: 'cmd-console-1',
  status: 'succeeded',
};

describe('audit and jobs tables', () => {
  it('show every resource name of a long command in full', () => {
    const auditCell = auditReply([entry]).tables![0]!.rows[0]![3]!;
    const jobsCell = jobsReply([entry]).tables![0]!.rows[0]![2]!;
    expect(auditCell).toBe(
      'flux delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config-with-a-long-name --subscription 11111111-2222-3333-4444-555555555555',
    );
    expect(jobsCell).toBe(auditCell);
    expect(jobsReply([entry]).tables![0]!.rows[0]![3]).toBe('succeeded');
  });
});

describe('audit and jobs in the reader’s language', () => {
  const stored: AuditEntry[] = [
    { ...entry, jobId: 'cmd-console-3', event: 'submitted', status: undefined, access: 'admin via access control off' },
    { ...entry, jobId: 'cmd-console-2', event: 'finished', status: 'failed' },
    {
      ...entry,
      jobId: undefined,
      event: 'denied',
      status: 'needs operator',
      access: 'held viewer via user console:bob within /subscriptions/s1/resourceGroups/flux-demo-rg',
    },
    {
      ...entry,
      jobId: 'cmd-console-4',
      event: 'confirm-requested',
      status: undefined,
      access: 'admin via FLUXOPS_ADMINS',
    },
    { ...entry, jobId: undefined, event: 'rejected', status: 'held no role' },
  ];

  it('writes the events, results and role sources fluxops stored in English in Japanese', () => {
    const rows = auditReply(stored, 'ja').tables![0]!.rows;
    expect(rows.map((row) => row[2])).toEqual(['受付', '完了', '拒否', '確認要求', '却下']);
    expect(rows[0]![5]).toBe('admin (アクセス制御オフ)');
    expect(rows[1]![4]).toBe('失敗');
    expect(rows[2]![4]).toBe('operator が必要');
    expect(rows[2]![5]).toBe(
      'viewer を保持 (ユーザー console:bob、スコープ /subscriptions/s1/resourceGroups/flux-demo-rg)',
    );
    // FLUXOPS_ADMINS is a setting's name; what the trail holds and this version does not know stays as stored.
    expect(rows[3]![5]).toBe('admin (FLUXOPS_ADMINS)');
    expect(rows[4]![4]).toBe('held no role');
  });

  it('writes job states in French, and leaves English as the trail stores it', () => {
    const states = (locale: 'fr' | 'en') => jobsReply(stored, locale).tables![0]!.rows.map((row) => row[3]);
    expect(states('fr')).toEqual(['en file d’attente/en cours', 'échouée', 'confirmation demandée']);
    expect(states('en')).toEqual(['queued/running', 'failed', 'confirm-requested']);
    expect(auditReply(stored, 'en').tables![0]!.rows[2]).toEqual([
      '2026-11-22 03:00:00',
      'alice',
      'denied',
      expect.any(String),
      'needs operator',
      'held viewer via user console:bob within /subscriptions/s1/resourceGroups/flux-demo-rg',
    ]);
  });
});
