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
