import type { Job } from 'bullmq';
import type { OperationJournal } from '../../../src/azure/arm-write.ts';
import type { OperationRef } from '../../../src/azure/operation-ref.ts';
import type { CommandJobData } from '../../../src/submit/queue-port.ts';

/**
 * Keeps accepted ARM operations in the job's own data (job.updateData), so whichever worker runs the
 * job next (a BullMQ retry, or the survivor after a worker died) resumes polling instead of sending
 * the PUT/PATCH/DELETE again. `operationUrl` mirrors the latest one for people reading the job.
 */
export type ResumableJobData = CommandJobData & { operations?: Record<string, OperationRef> };

export function jobJournal(job: Job<CommandJobData>): OperationJournal {
  return {
    recall: (step) => (job.data as ResumableJobData).operations?.[step],
    remember: async (step, operation) => {
      const data = job.data as ResumableJobData;
      await job.updateData({
        ...data,
        operations: { ...data.operations, [step]: operation },
        operationUrl: operation.url,
      } as ResumableJobData);
    },
  };
}

/**
 * Small facts a handler read before its write (e.g. the settings before a PATCH), kept with the job
 * so a resumed attempt reports the same "before" instead of re-reading an already changed resource.
 */
export async function rememberOnce<T>(job: Job<CommandJobData>, key: string, read: () => Promise<T>): Promise<T> {
  const data = job.data as ResumableJobData & { memo?: Record<string, unknown> };
  if (data.memo && key in data.memo) return data.memo[key] as T;
  const value = await read();
  await job.updateData({ ...data, memo: { ...data.memo, [key]: value } } as ResumableJobData);
  return value;
}
