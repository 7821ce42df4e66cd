import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/access/audit-log.ts';
import { auditReply, jobsReply } from '../../src/replies/audit-replies.ts';

const long = `az k8s-configuration flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config ${'--kustomization name=x '.repeat(8)}`;
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
  it('keep a long command to 80 characters so rows stay readable', () => {
    const auditCell = auditReply([entry]).tables![0]!.rows[0]![3]!;
    const jobsCell = jobsReply([entry]).tables![0]!.rows[0]![2]!;
    expect(auditCell).toBe(`${long.slice(0, 79)}…`);
    expect(jobsCell).toBe(auditCell);
    expect(jobsReply([entry]).tables![0]!.rows[0]![3]).toBe('succeeded');
  });
});
