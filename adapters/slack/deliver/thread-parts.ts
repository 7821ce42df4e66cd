import type { NotifyMessage } from '../../../src/notify/notify-port.ts';

// Thread replies travel as notify messages of their own, so each is paced like any post. A part
// carries the final reply it belongs to and its index (`extra.threadPart`); its key derives from
// the job's key, so a retried delivery of a part is recognised and not posted twice.
const PART = 'threadPart';

export function threadPartIndex(message: NotifyMessage): number | undefined {
  const raw = message.address.extra?.[PART];
  return raw === undefined ? undefined : Number(raw);
}

function part(message: NotifyMessage, baseKey: string, parentTs: string, index: number): NotifyMessage {
  // `threadOf` is resolved already: the part names its parent ts directly.
  return {
    address: { ...message.address, thread: parentTs, extra: { ...message.address.extra, [PART]: String(index) } },
    key: `${baseKey}.t${index}`,
    seq: message.seq,
    reply: message.reply,
  };
}

/** The first thread reply under the message just posted (or under the thread it lives in). */
export function firstThreadPart(message: NotifyMessage, postedTs: string, parentTs?: string): NotifyMessage {
  return part(message, message.key, parentTs ?? postedTs, 0);
}

export function nextThreadPart(message: NotifyMessage, total: number): NotifyMessage | undefined {
  const index = threadPartIndex(message);
  if (index === undefined || index + 1 >= total || !message.address.thread) return undefined;
  const baseKey = message.key.slice(0, message.key.lastIndexOf('.t'));
  return part(message, baseKey, message.address.thread, index + 1);
}
