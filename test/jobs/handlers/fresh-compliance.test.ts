// Case 5 of the real-Azure run: right after a write Azure still shows the agent's previous report. The
// stand-in relays the simulated agent's reports after `agentRelayMs`, so the stale read happens here too.
import { afterEach, describe, expect, it } from 'vitest';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('compliance after a write', () => {
  it('flux update then compliance never reports the pre-update state as the result', async () => {
    harness = await startHarness({ agentRelayMs: 300 });
    const created = await harness.run(TUTORIAL_CREATE);
    expect(created.reply.text).toContain('cluster-config is Compliant.');
    const run = await harness.run(`flux update -n cluster-config ${ARC} --suspend`);
    // Azure answers "Compliant" (the report from before the PATCH) for 300 ms after the operation ended.
    expect(run.reply.text, replyText(run.reply)).toContain('cluster-config is Suspended.');
    expect(run.reply.text).not.toContain('is Compliant');
    const said = run.progress.map((p) => p.text ?? '').join('\n');
    expect(said).toContain(
      'Compliance: waiting for the Flux agent to report (about a minute). Azure still shows Compliant from before the change.',
    );
  });

  it('says the agent has not reported yet, rather than the old state, when the deadline passes first', async () => {
    harness = await startHarness({ agentRelayMs: 5_000 });
    await harness.run(TUTORIAL_CREATE, undefined, { complianceDeadlineMs: 8_000 });
    const run = await harness.run(`flux update -n cluster-config ${ARC} --suspend`, undefined, {
      complianceDeadlineMs: 300,
    });
    expect(run.reply.status).toBe('info');
    expect(run.reply.text).toContain('the Flux agent has not reported on it since the change');
    expect(run.reply.text).toContain(
      'What Azure shows (Compliant) is from before the change, so it is not the result.',
    );
  }, 30_000);

  it('a new configuration waits for the agent’s first report: there is no "before" to speak of', async () => {
    harness = await startHarness({ agentRelayMs: 300 });
    const run = await harness.run(TUTORIAL_CREATE);
    expect(run.reply.text).toContain('cluster-config is Compliant.');
    const said = run.progress.map((p) => p.text ?? '').join('\n');
    expect(said).toContain(
      "Compliance: waiting for the Flux agent's first report (about a minute). Azure shows Pending until then.",
    );
    expect(said).not.toContain('from before the change');
  });

  it('a new configuration whose agent has not reported by the deadline says so, without a "before"', async () => {
    harness = await startHarness({ agentRelayMs: 5_000 });
    const run = await harness.run(TUTORIAL_CREATE, undefined, { complianceDeadlineMs: 300 });
    expect(run.reply.status).toBe('info');
    expect(run.reply.text).toContain('the Flux agent has not reported on it yet');
    expect(run.reply.text).not.toContain('before the change');
  }, 30_000);
});
