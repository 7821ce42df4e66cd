import type { enCluster } from '../en/cluster.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/cluster.ts. */
export const frCluster: Translation<typeof enCluster> = {
  'cluster.column.name': 'NAME',
};
