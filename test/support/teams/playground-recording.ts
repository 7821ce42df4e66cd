import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads the Agents Playground's events recording (`--er`): one JSON entry per request between the
 * Playground and the bot, separated by `---` lines, each with the request (method, url, body) and the
 * Playground's answer. Only what the bot sent the Playground's connector is returned: those are the
 * activities as the Playground received them, and the ids it assigned.
 */

export interface PlaygroundCall {
  method: string;
  /** The connector path, e.g. `/_connector/v3/conversations/<id>/activities/<replyTo>`. */
  url: string;
  body: Record<string, unknown> & {
    type?: string;
    replyToId?: string;
    text?: string;
    attachments?: { content?: unknown }[];
    channelData?: { channel?: { id?: string } };
    /** createConversation's first activity: the post that starts the thread. */
    activity?: { attachments?: { content?: unknown }[] };
  };
  status: number;
  /** The Playground's answer: `{ id }` for an activity, `{ id, activityId }` for a new conversation. */
  answer: { id?: string; activityId?: string };
}

const BOT_TO_PLAYGROUND = 'User Application -> Microsoft 365 Agents Playground';

export function readPlaygroundCalls(file: string): PlaygroundCall[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n---\n')
    .filter((entry) => entry.trim() !== '')
    .flatMap((entry) => {
      // The file may be read while an entry is being appended: an incomplete one is left for next time.
      try {
        return [JSON.parse(entry)];
      } catch {
        return [];
      }
    })
    .filter((entry) => entry.direction === BOT_TO_PLAYGROUND)
    .map((entry) => ({
      method: String(entry.request.method),
      url: decodeURIComponent(String(entry.request.url)),
      body: entry.request.body ?? {},
      status: Number(entry.response?.statusCode),
      answer: typeof entry.response?.body === 'object' && entry.response.body ? entry.response.body : {},
    }));
}
