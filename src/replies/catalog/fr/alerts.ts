import type { enAlerts } from '../en/alerts.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/alerts.ts. */
export const frAlerts: Translation<typeof enAlerts> = {
  'alert.recovered.title': 'Rétabli : {object}',
};
