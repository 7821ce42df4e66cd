/** English texts of alerts, recoveries and digests (src/alerts). Keys: `alert.<what>`. */
export const enAlerts = {
  'alert.recovered.title': 'Recovered: {object}',
} satisfies Record<string, string>;
