// fluxops' own words in an alert (an OOM kill's summary, field labels and buttons, the compliance
// poller's "Reconciliation is suspended."): stored with the incident as a catalog key and its values,
// never as English, and written when the alert is posted, in the language of the channel it goes to.
//
// Rules:
// 1. Only `alert.own.*` keys: what Flux, Azure and Kubernetes say stays a plain string, as they said it.
// 2. A plain string (Flux's words, a value, or a label stored before labels were keys) is shown as it is.
import type { MessageKey } from '../../replies/catalog/en/index.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';

/** Rule 1. */
export type AlertTextKey = Extract<MessageKey, `alert.own.${string}`>;

export interface AlertText {
  key: AlertTextKey;
  values?: Readonly<Record<string, string | number>>;
}

export function alertText(key: AlertTextKey, values?: Readonly<Record<string, string | number>>): AlertText {
  return values === undefined ? { key } : { key, values };
}

/** Rule 2. */
export function writeAlertText(locale: Locale, text: string | AlertText): string {
  return typeof text === 'string' ? text : t(locale, text.key, text.values ?? {});
}
