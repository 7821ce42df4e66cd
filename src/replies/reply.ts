// The platform-neutral reply. Handlers and `prepare()`/`commit()` produce these; each adapter renders them
// (Block Kit, Adaptive Card, console text). Nothing here knows about a chat SDK.
import type { Locale } from './locale/locale.ts';

/** Where a reply is in its life: drives the status emoji / colour each adapter shows. */
export type ReplyStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'warning' | 'info' | 'confirm' | 'cancelled';

export interface ReplyField {
  label: string;
  value: string;
}

export interface ReplyTable {
  title?: string;
  columns: string[];
  rows: string[][];
}

/**
 * A button. `command` is the chat text a click runs (re-parsed and policy-checked like typed text);
 * `confirmToken` marks Confirm/Cancel buttons of a pending destructive command.
 */
export interface ReplyAction {
  id: string;
  label: string;
  style?: 'primary' | 'danger';
  command?: string;
  confirmToken?: string;
  decision?: 'confirm' | 'cancel';
  /** Text for the platform's own "are you sure?" dialog (Slack `confirm`, Teams fallback text). */
  dialog?: { title: string; text: string; confirm: string; deny: string };
}

/** Long output (lists, logs, events) that adapters put in a thread or follow-up messages. */
export interface ReplyDetail {
  title: string;
  lines: string[];
}

/** Where a reply comes from: its job, who asked and confirmed, which cluster (the line under a message). */
export interface ReplyProvenance {
  jobId?: string;
  requestedBy?: string;
  cluster?: string;
  confirmedBy?: string;
}

export interface Reply {
  title: string;
  /**
   * The language the reply is written in, so adapters draw their chrome (status words, buttons, the
   * provenance line, "more in the thread") in the same one. Absent: English.
   */
  locale?: Locale;
  status: ReplyStatus;
  /** Short prose under the title. Plain text; adapters may add their own emphasis. */
  text?: string;
  fields?: ReplyField[];
  tables?: ReplyTable[];
  actions?: ReplyAction[];
  detail?: ReplyDetail;
  provenance?: ReplyProvenance;
  /**
   * Holds a secret shown once (the `alerts setup` HMAC key): the notify queue keeps it sealed while
   * it waits and drops the job if delivery fails.
   */
  sensitive?: boolean;
  /**
   * The job also sent its requester a message alone (privateTo, under `privateKeyOf(job key)`): a
   * client following the job waits for that one too.
   */
  sentPrivately?: boolean;
}

/** True when nothing more will follow for this reply (adapters stop updating it). */
export function isFinal(status: ReplyStatus): boolean {
  // `warning` ends a command too (e.g. `status` with objects not ready); only queued, running and a
  // pending confirm expect more updates.
  return status !== 'queued' && status !== 'running' && status !== 'confirm';
}
