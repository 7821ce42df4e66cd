import type { enCluster } from '../en/cluster.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/cluster.ts. */
export const jaCluster: Translation<typeof enCluster> = {
  'cluster.column.name': 'NAME',
};
