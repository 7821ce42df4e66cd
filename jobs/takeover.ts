import type { WorkerOptions } from 'bullmq';

/**
 * How fast a job held by a worker that died (SIGKILL, OOM, a lost node) moves to another worker,
 * for every queue. BullMQ renews a running job's lock every lockDuration/2; a dead worker's lock
 * lapses at most `lockDuration` after its last renewal, and the stalled-job check, run every
 * `stalledInterval` by every live worker, moves a job whose lock lapsed back to waiting. So a dead
 * worker's job runs again at most lockDuration + stalledInterval (12 s) after the death, instead of
 * the 30 s + 30 s of BullMQ's defaults.
 *
 * 1. lockDuration 8 s (renewed every 4 s): long enough that a busy but alive process (a slow ARM call, a garbage
 *    collection pause) keeps renewing in time; renewal runs on its own timer, not in the handler.
 * 2. stalledInterval 4 s: one cheap Lua check per worker every 4 s. Together they leave room in a
 *    20 s promise for the resumed job's own steps (one operation poll, the first compliance look at 5 s).
 * 3. maxStalledCount 5: a command job journals its ARM operation, so running it again only resumes
 *    polling; it is failed as stalled only after five deaths in a row, which a crash loop would cause.
 */
export const TAKEOVER: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> = {
  lockDuration: 8_000,
  stalledInterval: 4_000,
  maxStalledCount: 5,
};
