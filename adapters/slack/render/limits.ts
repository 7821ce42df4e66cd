/**
 * Slack's documented Block Kit and message limits (docs.slack.dev/reference/block-kit). Kept in one
 * place so the renderer splits output instead of letting chat.postMessage fail with invalid_blocks.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  /** chat.postMessage truncates `text` beyond 40,000 characters; Slack advises at most 4,000. */
  fallbackText: 4000,
} as const;

/** How much long output one job may put in its thread before saying "N more lines". */
export const THREAD_BUDGET = {
  messages: 5,
  sectionsPerMessage: 10,
} as const;
