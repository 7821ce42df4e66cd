import { Queue } from 'bullmq';
import { LatestSeqs } from '../src/notify/latest-seqs.ts';
import type { NotifyMessage, NotifyPort } from '../src/notify/notify-port.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import type { Sealer } from '../src/platform/seal.ts';
import type { Reply } from '../src/replies/reply.ts';
import { NOTIFY_JOB_RETENTION, NOTIFY_QUEUE, SENSITIVE_NOTIFY_JOB_RETENTION } from './queue-names.ts';

/** A sensitive reply as job data: the whole serialized reply sealed (see src/platform/seal.ts). */
interface SealedReply {
  $secret: string;
}

/** What a notify job stores: the message, its reply sealed when the reply is sensitive. */
export type NotifyJobData = Omit<NotifyMessage, 'reply'> & { reply: Reply | SealedReply };

function isSealed(reply: Reply | SealedReply): reply is SealedReply {
  return typeof (reply as SealedReply).$secret === 'string';
}

/** The message a deliverer gets: a sealed reply opened with the process sealer. */
export function openNotifyJob(data: NotifyJobData, sealer: Sealer | undefined): NotifyMessage {
  if (!isSealed(data.reply)) return data as NotifyMessage;
  if (!sealer) throw new Error('sealed notify reply, but this notify worker has no sealer');
  return { ...data, reply: JSON.parse(sealer.open(data.reply).$secret) as Reply };
}

/** Adds outbound messages to the notify queue; the notify worker paces and delivers them. */
export class BullNotifyQueue implements NotifyPort {
  readonly queue: Queue<NotifyJobData>;
  private readonly sealer: Sealer | undefined;
  private readonly latest: LatestSeqs;

  /** `sealer`: the process sealer; without one, a sensitive reply is refused rather than stored in clear. */
  constructor(connection: RedisClient, prefix: string, sealer?: Sealer) {
    this.queue = new Queue<NotifyJobData>(NOTIFY_QUEUE, { connection, prefix });
    this.queue.on('error', () => {});
    this.sealer = sealer;
    this.latest = new LatestSeqs(connection, prefix);
  }

  async notify(message: NotifyMessage): Promise<void> {
    const safeKey = message.key.replace(/[^A-Za-z0-9_-]/g, '_');
    // Noted first, so an older update still queued sees it and steps aside (notify-worker.ts).
    await this.latest.note(message.key, message.seq);
    await this.queue.add('deliver', this.jobData(message), {
      jobId: `n-${safeKey}-${message.seq}`,
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      ...(message.reply.sensitive ? SENSITIVE_NOTIFY_JOB_RETENTION : NOTIFY_JOB_RETENTION),
    });
  }

  private jobData(message: NotifyMessage): NotifyJobData {
    if (!message.reply.sensitive) return message;
    if (!this.sealer) throw new Error('a sensitive reply needs the process sealer (BullNotifyQueue without one)');
    return { ...message, reply: this.sealer.seal({ $secret: JSON.stringify(message.reply) }) };
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
