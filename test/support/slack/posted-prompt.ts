import { ACTION_IDS } from '../../../adapters/slack/render/action-ids.ts';
import { until } from '../until.ts';
import type { RecordedCall, SlackRecorder } from './slack-recorder.ts';

export interface PostedPrompt {
  /** The chat.postMessage that posted the prompt. */
  call: RecordedCall;
  /** The Confirm button's token. */
  token: string;
  /** The prompt's ts (what its preview and decision edit). */
  ts: string;
}

type ActionElement = { action_id?: string; value?: string };

function confirmButton(call: RecordedCall): ActionElement | undefined {
  const blocks = (call.params.blocks ?? []) as { elements?: ActionElement[] }[];
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.confirm);
}

/**
 * Waits for the confirmation prompt fluxops posts in `channel` (a real message with Confirm and
 * Cancel) among the recorder's calls from index `since` on.
 */
export async function postedPrompt(
  recorder: SlackRecorder,
  channel: string,
  since: number,
  timeoutMs = 10_000,
): Promise<PostedPrompt> {
  const call = await until(
    `a confirmation prompt posted in ${channel}`,
    () =>
      recorder.calls
        .slice(since)
        .find(
          (c) => c.method === 'chat.postMessage' && c.params.channel === channel && c.response?.ok && confirmButton(c),
        ),
    { timeoutMs },
  );
  return { call, token: String(confirmButton(call)?.value), ts: String(call.response?.ts) };
}
