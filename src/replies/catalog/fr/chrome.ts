import type { enChrome } from '../en/chrome.ts';
import type { Translation } from '../translation.ts';

/** Français : the chat chrome (see en/chrome.ts). */
export const frChrome: Translation<typeof enChrome> = {
  'chrome.queued': 'En file d’attente.',
  'chrome.provenance.job': 'tâche {jobId}',
  'chrome.provenance.asked-by': 'demandée par {who}',
  'chrome.provenance.confirmed-by': 'confirmée par {who}',
  'chrome.provenance.cluster': 'cluster {cluster}',
  'chrome.provenance.you': 'vous',
  'chrome.more-rows': '{count, plural, one {# autre ligne} other {# autres lignes}} — dans le fil',
  'chrome.button.confirm': 'Confirmer',
  'chrome.button.cancel': 'Annuler',
};
