// Slack's replay guard, both ways: Bolt's verifySlackRequest refuses a request timestamped more than
// five minutes in the past, but accepts one from any time in the future, so a captured request signed
// with a future timestamp would replay for as long as that lies ahead.
//
// Rules:
// 1. `x-slack-request-timestamp` must be whole seconds since the epoch.
// 2. It may differ from the server's clock by at most `MAX_SKEW_SECONDS` (300 s, Slack's own window)
//    in either direction.
// 3. The refusal says what was wrong in words for the log; it never contains the signature or secret.

export const MAX_SKEW_SECONDS = 300;

/** Why the timestamp header is refused, or undefined when it is within the window. */
export function timestampSkewProblem(header: string | string[] | undefined, nowMs: number): string | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || !/^\d{1,12}$/.test(text)) {
    return 'x-slack-request-timestamp is missing or not whole seconds since the epoch';
  }
  const skew = Number(text) - Math.floor(nowMs / 1000);
  if (Math.abs(skew) <= MAX_SKEW_SECONDS) return undefined;
  const direction = skew > 0 ? 'in the future' : 'in the past';
  return `x-slack-request-timestamp is ${Math.abs(skew)} s ${direction}; at most ${MAX_SKEW_SECONDS} s either way is accepted`;
}
