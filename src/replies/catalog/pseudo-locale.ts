// The pseudo-locale `en-XA`: English with every letter accented and every message lengthened and
// bracketed, so a test reading a reply can tell catalog text (⟦Ŝéñţéñçé ···⟧) from text that bypassed the
// catalog (plain ASCII) and sees where a longer translation would break a layout.
//
// Rules:
// 1. Only the message's own words change: values put into it (names, commands, numbers) are marked while
//    formatting and left as they are, and so are text between backticks and flags (commands stay commands).
// 2. Each message grows by a third of its length (at least two ·), the usual allowance for French.
// 3. The result is wrapped in ⟦ ⟧ so a cut or concatenated message is visible.

/** Private-use characters around a value while its message is formatted (rule 1). */
const VALUE_START = '\uE000';
const VALUE_END = '\uE001';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Rule 1: a flag (`--no-wait`, `-g`) is a word of the command language, not of English. */
const FLAG_OR_LETTER = /(?<![\w-])--?[A-Za-z][\w.-]*|[A-Za-z]/g;

/** Rule 1: splits on value marks and backticks; accents the letters of the English parts only. */
function accent(text: string): string {
  let out = '';
  let english = '';
  let inValue = 0;
  let inCode = false;
  const flush = (): void => {
    out += english.replace(FLAG_OR_LETTER, (match) => (match.length > 1 ? match : (ACCENTED[match] ?? match)));
    english = '';
  };
  for (const char of text) {
    if (char === VALUE_START || char === VALUE_END) {
      flush();
      inValue = char === VALUE_START ? inValue + 1 : Math.max(0, inValue - 1);
    } else if (inValue > 0) out += char;
    else if (char === '`') {
      flush();
      inCode = !inCode;
      out += char;
    } else if (inCode) out += char;
    else english += char;
  }
  flush();
  return out;
}

/** Rules 1–3: the en-XA form of a formatted English message whose values carry the value marks. */
export function pseudoLocalize(formatted: string): string {
  const accented = accent(formatted);
  const padding = '·'.repeat(Math.max(2, Math.ceil([...accented].length / 3)));
  return `⟦${accented} ${padding}⟧`;
}

/** Rule 1: a value as it goes into an en-XA message. */
export function markValue(value: string): string {
  return `${VALUE_START}${value}${VALUE_END}`;
}
