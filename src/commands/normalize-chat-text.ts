// Undo what chat clients do to a pasted command before the shell-like tokenizer sees it.
//
// Rules, applied in this order (order matters: Slack/Teams markup must go before entities are decoded,
// because after decoding a user's own `<resource-group>` placeholder looks like markup):
// 1. Teams HTML: `<br>` and paragraph/div boundaries become newlines, `<at>…</at>` mentions are dropped,
//    `<a href>` links keep the text the user typed, other known formatting tags are removed.
// 2. Slack: a user or group mention that opens the text (addressing the bot) and `<!here>`-style
//    specials are dropped; any other `<@U…>` becomes `@U…` and `<!subteam^S…|@name>` becomes
//    `@subteam^S…` (what `access grant` binds); `<#C…|name>` becomes `#name`, `<https://x|label>`
//    keeps the label the user typed, `<https://x>` the URL.
// 3. HTML entities (`&lt; &gt; &amp; &quot; &#39; &nbsp;` and numeric ones) are decoded in one pass,
//    so `&amp;lt;` stays `&lt;`.
// 4. Typography: smart quotes become ASCII quotes, en/em dashes at the start of a word become `--`,
//    hyphen look-alikes inside a word (non-breaking hyphen, en dash, minus sign: word processors and
//    chat clients put them into names) become `-`, full-width ASCII from a Japanese IME (`ｆｌｕｘ　ｌｉｓｔ`)
//    becomes ASCII, non-breaking and other Unicode spaces become spaces, and zero-width characters,
//    bidirectional controls (which make an echoed text read backwards) and CR disappear.
// 5. C0 and C1 control characters (and DEL) disappear, tab and newline excepted: they are never part of a
//    command, and left in they make `\x01flux` an unknown word and reach terminals as escape sequences.
//    This runs last, so a control character spelled as an entity (`&#27;`) goes too.
// 5b. A shell prompt `$ ` copied along with a command from the docs is dropped.
// 6. The work is linear in the text's length: the Teams mention and link patterns, whose text runs to a
//    closing tag, only see the text up to the last closing tag, so a wall of `<at>` without `</at>`
//    is not scanned to its end once per `<at>`.
// Anything else (including `<placeholder>` words from the docs) is left alone.

const FORMATTING_TAGS =
  'p|div|span|b|i|u|s|em|strong|code|pre|blockquote|font|ol|ul|li|h[1-6]|table|tbody|thead|tr|td|th|strike|del|ins|sub|sup|small|mark|br';

const TEAMS_LINE_BREAK = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|pre|blockquote)\s*>/gi;
const TEAMS_MENTION = /<at(?:\s[^<>]*)?>[\s\S]*?<\/at\s*>/gi;
const TEAMS_LINK = /<a\s[^<>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^<>]*>([\s\S]*?)<\/a\s*>/gi;
const TEAMS_FORMATTING = new RegExp(`</?(?:${FORMATTING_TAGS})(?:\\s[^<>]*)?/?>`, 'gi');

const SLACK_BROADCAST = /<!(?:here|channel|everyone)(?:\|[^<>]*)?>/g;
const SLACK_LEADING_MENTION = /^(\s*)<(?:@[A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^<>]*)?>/;
const SLACK_MENTION = /<(?:@([A-Z0-9]+)|!subteam\^([A-Z0-9]+))(?:\|[^<>]*)?>/g;
const SLACK_CHANNEL = /<#[A-Z0-9]+\|([^<>]*)>/g;
const SLACK_LINK = /<((?:https?|mailto|ftp|ssh|git|file):[^<>|\s]*)(?:\|([^<>]*))?>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;

function decodeEntity(match: string, decimal?: string, hex?: string, name?: string): string {
  const codePoint = decimal ? Number.parseInt(decimal, 10) : hex ? Number.parseInt(hex, 16) : undefined;
  if (codePoint !== undefined) {
    // Rule 3: an out-of-range reference is left as typed rather than throwing from fromCodePoint.
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
  }
  return NAMED_ENTITIES[name?.toLowerCase() ?? ''] ?? match;
}

const TEAMS_MENTION_END = /<\/at\s*>/gi;
const TEAMS_LINK_END = /<\/a\s*>/gi;

/** Rule 6: `replace` on the text up to the end of the last match of `end`; the rest is left as it is. */
function replaceUpToLast(text: string, end: RegExp, pattern: RegExp, replacer: (...match: string[]) => string): string {
  let cut = -1;
  for (const match of text.matchAll(end)) cut = match.index + match[0].length;
  return cut < 0 ? text : text.slice(0, cut).replace(pattern, replacer) + text.slice(cut);
}

function teamsLinkText(_m: string, dq: string | undefined, sq: string | undefined, inner: string): string {
  const label = inner.replace(TEAMS_FORMATTING, '').trim();
  return label.length > 0 ? label : (dq ?? sq ?? '');
}

function stripTeamsHtml(text: string): string {
  const withoutMentions = replaceUpToLast(text, TEAMS_MENTION_END, TEAMS_MENTION, () => ' ');
  return replaceUpToLast(withoutMentions, TEAMS_LINK_END, TEAMS_LINK, teamsLinkText)
    .replace(TEAMS_LINE_BREAK, '\n')
    .replace(TEAMS_FORMATTING, '');
}

function unwrapSlack(text: string): string {
  return text
    .replace(SLACK_BROADCAST, ' ')
    .replace(SLACK_LEADING_MENTION, '$1 ')
    .replace(SLACK_MENTION, (_m, user: string | undefined, group: string | undefined) =>
      user ? `@${user}` : `@subteam^${group}`,
    )
    .replace(SLACK_CHANNEL, (_m, name: string) => `#${name}`)
    .replace(SLACK_LINK, (_m, url: string, label: string | undefined) =>
      label !== undefined && label.length > 0 ? label : url,
    );
}

function fixTypography(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/(^|[\s"'=])[\u2012\u2013\u2014\u2015\u2212]+(?=[A-Za-z])/g, '$1--')
    .replace(/(?<=[A-Za-z0-9])[\u2010\u2011\u2012\u2013\u2212](?=[A-Za-z0-9])/g, '-')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '')
    .replace(/\r\n?/g, '\n');
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const SHELL_PROMPT = /^(\s*)\$[ \t]+/;

export function normalizeChatText(raw: string): string {
  const withoutMarkup = unwrapSlack(stripTeamsHtml(raw));
  const decoded = withoutMarkup.replace(ENTITY, decodeEntity);
  return fixTypography(decoded).replace(CONTROL_CHARACTERS, '').replace(SHELL_PROMPT, '$1');
}
