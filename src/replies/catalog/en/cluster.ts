/** English texts of the cluster tables and their summaries (src/cluster/ops). Keys: `cluster.<table>.<what>`. */
export const enCluster = {
  'cluster.column.name': 'NAME',
} satisfies Record<string, string>;
