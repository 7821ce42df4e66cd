/**
 * The action_ids of our buttons. Listeners match on these, so they are the contract between the
 * renderer and the interactivity handlers.
 */
export const ACTION_IDS = {
  confirm: 'fluxops_confirm',
  cancel: 'fluxops_cancel',
  /** Buttons that run a command; suffixed with the button's index (action_ids are unique per block). */
  runPrefix: 'fluxops_run_',
} as const;

export const RUN_ACTION_PATTERN = /^fluxops_run_\d+$/;
