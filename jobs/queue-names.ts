/** Queue names. All queues share FLUXOPS_QUEUE_PREFIX, so on Redis Cluster they live in one slot. */
export const COMMAND_QUEUE = 'commands';
export const NOTIFY_QUEUE = 'notify';

/** Finished jobs stay long enough to absorb Slack's retry window (≈ 5–6 min) and to list recent jobs. */
export const COMMAND_JOB_RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

/**
 * Notify jobs carry whole replies, so a delivered one is removed at once and a failed one kept an hour
 * (time to look at why). A re-added id then makes a new job, which the deliverers drop by its `seq`
 * (MessageStateStore).
 */
export const NOTIFY_JOB_RETENTION = {
  removeOnComplete: true,
  removeOnFail: { age: 3600, count: 1000 },
};

/**
 * A sensitive reply (a secret shown once) is sealed while it waits, and a failed one is removed at
 * once rather than kept for an hour: its data is only ciphertext, but with FLUXOPS_SECRET_KEY set it
 * could still be opened, and a secret nobody received is better re-created (`alerts setup` again)
 * than kept. Removal happens inside BullMQ's own move-to-failed step, so, unlike redacting the data
 * from a `failed` listener, there is no window and no second write that could be lost. Why it failed
 * stays in the worker's "notify delivery failed" log line.
 */
export const SENSITIVE_NOTIFY_JOB_RETENTION = {
  removeOnComplete: true,
  removeOnFail: true,
};
