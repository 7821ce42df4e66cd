/** Queue names. All queues share FLUXOPS_QUEUE_PREFIX, so on Redis Cluster they live in one slot. */
export const COMMAND_QUEUE = 'commands';
export const NOTIFY_QUEUE = 'notify';

/** Finished jobs stay long enough to absorb Slack's retry window (≈ 5–6 min) and to list recent jobs. */
export const COMMAND_JOB_RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

/**
 * Notify jobs carry whole replies, some with a secret shown once (the `alerts setup` HMAC key), so a
 * delivered one is removed at once and a failed one after an hour (time to look at why). A re-added
 * id then makes a new job, which the deliverers drop by its `seq` (MessageStateStore).
 */
export const NOTIFY_JOB_RETENTION = {
  removeOnComplete: true,
  removeOnFail: { age: 3600, count: 1000 },
};
