import { Queue, QueueEvents, UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { startCommandWorker } from '../../jobs/command-worker.ts';
import type { Handler } from '../../jobs/handler.ts';
import { BullNotifyQueue } from '../../jobs/notify-queue.ts';
import { COMMAND_QUEUE } from '../../jobs/queue-names.ts';
import { sandboxCredential } from '../../sandbox/arm/sdk-client.ts';
import { createArmClient } from '../../src/azure/arm-client.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { createSealer } from '../../src/platform/seal.ts';
import type { CommandJobData } from '../../src/submit/queue-port.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { workerRedis } from '../support/worker-redis.ts';

/**
 * Every command job that logs `command started` logs one end line too: `command finished` with the
 * reply's status, or `command failed` with status `failed` and the error's code — a handler's own
 * refusal (UnrecoverableError: an extension not installed) as well as an error Azure answered —
 * and never the error's message, which may quote what was typed.
 */
const { prefix, open } = workerRedis();

const SECRET = 'typed-secret-0123456789';
const ARC = '-g rg -c c1 -t connectedClusters';

const succeeds: Handler = async () => ({ title: 'list', status: 'succeeded', text: 'listed' });
const refuses: Handler = async () => {
  throw new UnrecoverableError(`extension ${SECRET} is not installed`);
};
const armRefuses: Handler = async () => {
  throw Object.assign(new Error(`bad value ${SECRET}`), { code: 'InvalidParameter', statusCode: 400 });
};

function jobData(jobId: string, text: string): CommandJobData {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`fixture must parse: ${text}`);
  return {
    jobId,
    address: { platform: 'console', channel: 'ops' },
    user: { id: 'alice' },
    receivedAt: new Date().toISOString(),
    command: parsed.command,
    display: parsed.command.display,
  };
}

describe('command worker log', () => {
  it('ends every started job with one line: finished, or failed with its code and without its message', async () => {
    const sealer = createSealer();
    const recording = recordingLogger();
    const worker = startCommandWorker({
      connection: open(),
      prefix,
      concurrency: 2,
      handlers: { 'flux.list': succeeds, 'extension.show': refuses, 'flux.show': armRefuses },
      arm: createArmClient({ subscriptionId: 'x', endpoint: 'https://127.0.0.1:1', credential: sandboxCredential() }),
      notify: new BullNotifyQueue(open(), prefix),
      sealer,
      logger: recording.logger,
      settings: { complianceDeadlineMs: 1000 },
    });
    const queue = new Queue(COMMAND_QUEUE, { connection: open(), prefix });
    const events = new QueueEvents(COMMAND_QUEUE, { connection: open(), prefix });
    await events.waitUntilReady();
    const jobs = {
      'cmd-listed': `flux list ${ARC}`,
      'cmd-not-installed': `extension show -n flux ${ARC}`,
      'cmd-arm-refused': `flux show -n cluster-config ${ARC}`,
    };
    for (const [jobId, text] of Object.entries(jobs)) {
      const data = jobData(jobId, text);
      const job = await queue.add(data.command.kind, { ...data, command: sealer.seal(data.command) }, { jobId });
      await job.waitUntilFinished(events, 10_000).catch(() => undefined);
    }
    await worker.close();
    await Promise.all([queue.close(), events.close()]);

    const lines = recording.lines();
    const ends = (jobId: string) =>
      lines
        .filter((l) => l.jobId === jobId && (l.msg === 'command finished' || l.msg === 'command failed'))
        .map(({ msg, status, code, httpStatus }) => ({ msg, status, code, httpStatus }));
    for (const jobId of Object.keys(jobs)) {
      expect(lines.filter((l) => l.jobId === jobId && l.msg === 'command started')).toHaveLength(1);
    }
    expect(ends('cmd-listed')).toEqual([{ msg: 'command finished', status: 'succeeded' }]);
    expect(ends('cmd-not-installed')).toEqual([{ msg: 'command failed', status: 'failed', code: 'refused' }]);
    expect(ends('cmd-arm-refused')).toEqual([
      { msg: 'command failed', status: 'failed', code: 'InvalidParameter', httpStatus: 400 },
    ]);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  }, 30_000);
});
