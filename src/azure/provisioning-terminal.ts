/** ARM's terminal states, for an operation's `status` and a resource's `provisioningState` alike. */
const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

/** True for Succeeded, Failed and Canceled (any casing); anything else is still running. */
export function isTerminalState(state: string | undefined): boolean {
  return state !== undefined && TERMINAL.has(state.toLowerCase());
}
