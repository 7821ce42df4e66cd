import type { enAlerts } from '../en/alerts.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/alerts.ts. */
export const jaAlerts: Translation<typeof enAlerts> = {
  'alert.recovered.title': '復旧: {object}',
};
