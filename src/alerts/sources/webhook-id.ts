import { createHash } from 'node:crypto';

/**
 * The part of the webhook URL after `/webhooks/flux/` that names one cluster: its name (so a reader
 * of the Provider sees which cluster it is) and 32 hex digits of the SHA-256 of its full ARM id,
 * lowercased as ARM compares ids. Two clusters of one name in different resource groups or
 * subscriptions get different ids, and so different keys.
 */
export function webhookIdOf(clusterResourceId: string, clusterName: string): string {
  const digest = createHash('sha256').update(clusterResourceId.toLowerCase()).digest('hex').slice(0, 32);
  return `${clusterName.toLowerCase()}/${digest}`;
}
