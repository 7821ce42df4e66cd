/**
 * English texts of the chat chrome every adapter draws around a reply: status words, buttons, the
 * provenance line, "more in the thread", the platform's own confirm dialogs.
 */
export const enChrome = {
  'chrome.queued': 'Queued.',
  'chrome.provenance.job': 'job {jobId}',
  'chrome.provenance.asked-by': 'asked by {who}',
  'chrome.provenance.confirmed-by': 'confirmed by {who}',
  'chrome.provenance.cluster': 'cluster {cluster}',
  'chrome.provenance.you': 'you',
  'chrome.more-rows': '{count, plural, one {# more row} other {# more rows}} — in the thread',
  'chrome.button.confirm': 'Confirm',
  'chrome.button.cancel': 'Cancel',
} satisfies Record<string, string>;
