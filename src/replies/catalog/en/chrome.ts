/**
 * English texts of the chat chrome every adapter draws around a reply: status words, the provenance line,
 * "more in the thread", overflow titles, the console's own prompts.
 */
export const enChrome = {
  'chrome.status.queued': 'Queued',
  'chrome.status.running': 'Running',
  'chrome.status.succeeded': 'Succeeded',
  'chrome.status.failed': 'Failed',
  'chrome.status.warning': 'Warning',
  'chrome.status.info': 'Info',
  'chrome.status.confirm': 'Waiting for confirmation',
  'chrome.status.cancelled': 'Cancelled',
  'chrome.provenance.job': 'job {jobId}',
  'chrome.provenance.asked-by': 'asked by {who}',
  'chrome.provenance.confirmed-by': 'confirmed by {who}',
  'chrome.provenance.cluster': 'cluster {cluster}',
  'chrome.next': 'Next: {commands}',
  'chrome.table': 'Table {number}',
  'chrome.more-text': 'More text',
  'chrome.more-fields': 'More fields',
  'chrome.output': 'Output',
  'chrome.thread.lines': '… {count, plural, one {# more line} other {# more lines}} — in the thread',
  'chrome.thread.rows': '… {count, plural, one {# more row} other {# more rows}} — in the thread',
  'chrome.thread.detail': '{title}: {count, plural, one {# line} other {# lines}} in the thread',
  'chrome.blocks-not-shown': '… {count, plural, one {# more block} other {# more blocks}} not shown',
  'chrome.lines-not-shown': '… {count, plural, one {# more line} other {# more lines}} not shown',
  'chrome.slack.too-large': '{title}: too large for one Slack message{where}',
  'chrome.slack.too-large.thread': ' — see the thread for the full output.',
  'chrome.teams.rows': '{name}, rows {from}–{to}',
  'chrome.teams.more-rows': '{count, plural, one {# more row} other {# more rows}} — in the messages that follow.',
  'chrome.teams.text': 'Text',
  'chrome.teams.fields': 'Fields',
  'chrome.teams.too-large': 'Too large for one Teams message — the full reply is in the messages that follow.',
  'chrome.teams.detail-follows': '{count, plural, one {# line} other {# lines}}; full output follows below.',
  'chrome.console.confirm': 'Confirm? [y/N] ',
  'chrome.console.not-confirmed':
    'Not confirmed (nothing to read the answer from). Pipe `y` in (`echo y | npm run -s chat -- "…"`); --yes skips the question only where an admin set `access policy confirm=allow-yes` for the channel.',
  'chrome.console.welcome': 'fluxops console — {url} as {user} in #{channel}. Type `help`; Ctrl-D exits.',
  'chrome.console.not-running': 'fluxops is not running at {url}. Start it with `npm start`.',
  'chrome.console.no-answer':
    'No answer from {url} in {seconds} s: something accepted the connection but sent nothing. Check that FLUXOPS_URL (or PORT) points at fluxops and that its web process is not stuck (`curl {url}/readyz`); FLUXOPS_ANSWER_WAIT sets the wait.',
  'chrome.console.watch-back': '(watching #{channel} again; messages posted meanwhile were missed)',
  'chrome.console.watch-lost': '(lost the watch of #{channel}; retrying)',
  'chrome.console.not-watching': '(not watching #{channel}: {reason})',
  'chrome.slack.prompt-follows':
    'This changes the cluster: the summary with Confirm and Cancel is posted in the channel.',
  'chrome.slack.still-working': 'Received — fluxops is slow to answer right now; the result follows here in a moment.',
  'chrome.slack.failed':
    'fluxops could not answer that command; the error is in its log. Check the channel before trying again.',
  'chrome.slack.invite':
    'fluxops is not a member of this channel, so this answer came through the command instead of a message of its own (no live updates, no thread). Invite it with `/invite @fluxops` to get them.',
  'access.groups-slack-only':
    'A user group is a Slack user group: bind it from a Slack channel of its workspace (e.g. `/flux access grant operator @oncall`). Here, bind users (`access grant operator @ID`, ids from `access whoami`) or the channel (`--channel`). Nothing was changed.',
} satisfies Record<string, string>;
