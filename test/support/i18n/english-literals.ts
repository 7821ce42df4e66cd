import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A string literal in code that reads as English prose a user would see. */
export interface EnglishLiteral {
  file: string;
  line: number;
  text: string;
}

/**
 * Finds user-facing English written as literals in reply construction instead of catalog keys.
 *
 * Rules:
 * 1. Every `.ts` file under the given roots is read, except the catalogs themselves.
 * 2. Reply construction is a literal given as a Reply `title:`, `text:` or `label:`, a problem param
 *    that lands in its message, or an alert event's `message:` (on the same line or the next; see
 *    REPLY_FIELDS), a Block Kit / Adaptive Card text (`note(`, `section(`, `textBlock(`), or a table's
 *    `columns: [...]`.
 * 3. Such a literal counts when, with its `${…}` parts removed, it holds two plain English words in a row
 *    (`Not allowed`, `is installed`); a column counts when it is an upper-case word (`'NAME'`). A problem
 *    param or event message must also hold an English function word (`a`, `or`, `is`…): theirs are
 *    often commands and value lists (`access grant viewer|operator`, `cluster, namespace`).
 * 4. Log lines, thrown errors and comments are for operators, not readers: skipped.
 */
export function englishLiterals(root: string, dirs: readonly string[]): EnglishLiteral[] {
  const found: EnglishLiteral[] = [];
  for (const dir of dirs) {
    for (const file of tsFiles(join(root, dir))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((source, index) => {
        if (skipped(source)) return;
        const at = { file: relative(root, file), line: index + 1 };
        const fieldOnPreviousLine = FIELD_AT_LINE_END.test(lines[index - 1] ?? '');
        for (const { text, before } of literalsIn(source)) {
          const inReply = fieldOnPreviousLine || REPLY_CONTEXT.test(before);
          if (inReply && proseRun(text) >= 2 && (replyOwn(before, lines[index - 1]) || functionWord(text)))
            found.push({ ...at, text });
        }
        const columns = /columns:\s*\[([^\]]*)\]/.exec(source);
        if (columns && /['"`][A-Z][A-Z ()]+['"`]/.test(columns[1] ?? '')) found.push({ ...at, text: columns[0] });
      });
    }
  }
  return found;
}

/**
 * Rule 2: fields whose literal is reply text — a Reply's own, a problem's params that land inside its
 * message (`what`, `accepted`, `reason`, the positional hint, `detail`), and an alert event's `message`
 * (fluxops' own words; Flux's arrive as data, never as literals).
 */
const REPLY_OWN_FIELDS = ['title', 'text', 'label'];
const REPLY_FIELDS = [
  'title',
  'text',
  'label',
  'what',
  'accepted',
  'reason',
  'positional',
  'positionalText',
  'detail',
  'message',
];

/** Rule 2: what comes right before a literal that is reply text. */
const REPLY_CONTEXT = new RegExp(`(\\b(${REPLY_FIELDS.join('|')})\\s*:\\s*|\\b(note|section|textBlock)\\()\\s*$`);

const FIELD_AT_LINE_END = new RegExp(`\\b(${REPLY_FIELDS.join('|')})\\s*:\\s*$`);

/** Rule 3: the literal is a Reply's own title, text or label, not a param or an event message. */
function replyOwn(before: string, previousLine: string | undefined): boolean {
  const own = new RegExp(`\\b(${REPLY_OWN_FIELDS.join('|')})\\s*:\\s*$|\\b(note|section|textBlock)\\(\\s*$`);
  return own.test(before) || (!REPLY_CONTEXT.test(before) && own.test(previousLine ?? ''));
}

const FUNCTION_WORDS = /\b(a|an|the|and|or|of|is|are|not|no|to|per|after|for|with|such|as|at|least|either)\b/i;

/** Rule 3. */
function functionWord(text: string): boolean {
  return FUNCTION_WORDS.test(text.replace(/\$\{[^}]*\}/g, ' '));
}

function tsFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) => (name === 'catalog' ? [] : tsFiles(join(path, name))));
}

/** Rule 4. */
function skipped(source: string): boolean {
  const code = source.trim();
  return (
    code.startsWith('//') ||
    code.startsWith('*') ||
    code.startsWith('/*') ||
    code.startsWith('import ') ||
    /\b(logger|log)\.(trace|debug|info|warn|error|fatal|child)\(/.test(code) ||
    /\bnew \w*Error\(/.test(code) ||
    /\bthrow\b/.test(code)
  );
}

/** The string and template literals of one line, each with the code before it. */
function literalsIn(source: string): { text: string; before: string }[] {
  const out: { text: string; before: string }[] = [];
  const pattern = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const match of source.matchAll(pattern)) {
    out.push({ text: match[1] ?? match[2] ?? match[3] ?? '', before: source.slice(0, match.index) });
  }
  return out;
}

/** The longest run of plain English words (letters only, two or more) in a literal. */
function proseRun(text: string): number {
  const words = text
    .replace(/\$\{[^}]*\}/g, ' 0 ')
    .split(/[\s,;:()·—…"']+/)
    .filter(Boolean);
  let run = 0;
  let best = 0;
  for (const word of words) {
    run = /^[A-Za-z][a-z]+[.!?]?$/.test(word) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
