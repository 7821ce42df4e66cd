import type { Queue } from 'bullmq';

/**
 * Where an event's time went, from the alert-events jobs BullMQ keeps after completion: webhook POST
 * → job added (web process), added → picked up by the worker (queue wait), picked up → finished
 * (the engine, ending with the notify job added), finished → chat.postMessage seen by the recorder
 * (notify queue wait + Slack deliverer). Objects below `firstTimed` (warm-up) are left out.
 */
export async function eventJobStages(
  events: Queue,
  sentAt: number[],
  firstTimed: number,
  postedAt: Map<number | undefined, number>,
): Promise<Record<string, number[]>> {
  const stages: Record<string, number[]> = {
    'POST → event job added': [],
    'event job queue wait': [],
    'engine (event job run)': [],
    'notify queue + Slack delivery': [],
  };
  for (const job of await events.getJobs(['completed'], 0, -1)) {
    const index = Number(/^release-(\d+)$/.exec(String(job.data?.name))?.[1] ?? Number.NaN);
    const sent = sentAt[index];
    const posted = postedAt.get(index);
    if (!(index >= firstTimed) || sent === undefined || !job.processedOn || !job.finishedOn) continue;
    stages['POST → event job added']!.push(job.timestamp - sent);
    stages['event job queue wait']!.push(job.processedOn - job.timestamp);
    stages['engine (event job run)']!.push(job.finishedOn - job.processedOn);
    if (posted !== undefined) stages['notify queue + Slack delivery']!.push(posted - job.finishedOn);
  }
  return stages;
}
