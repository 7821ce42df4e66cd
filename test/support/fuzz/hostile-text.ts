import fc from 'fast-check';

/**
 * Chat text as a hostile or careless sender writes it: command words mixed with quotes, escapes,
 * control characters, terminal escape sequences, Slack and Teams markup, entities, smart punctuation,
 * catastrophic regular expressions and long repetitions that cross the 20,000-character limit.
 */
const PIECES = [
  'flux',
  'list',
  'show',
  'create',
  'delete',
  'kustomization',
  'extension',
  'alerts',
  'subscribe',
  'mute',
  'help',
  'context',
  'use',
  'az',
  'k8s-configuration',
  '/flux',
  '-n',
  '-g',
  '-c',
  '-t',
  '--url',
  '--branch',
  '--exclude',
  '--namespaces',
  '--kustomization',
  '--yes',
  '--brnach',
  'name=apps',
  'path=./apps',
  '"^([A-Za-z/-]+)+X$"',
  '"(a)\\1"',
  '"(?=x)"',
  '"',
  "'",
  '\\',
  '\\\n',
  '<',
  '>',
  '<resource-group>',
  '\u0001',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b2J',
  '\u001b]0;owned\u0007',
  '\u001b[2J',
  '<at>fluxops</at>',
  '<at>',
  '</at>',
  '<a href="https://x.example">x</a>',
  '<a href="x">',
  '<p>',
  '<br/>',
  '<@U0ALICE>',
  '<!here>',
  '<#C01|ops>',
  '<https://github.com/x|label>',
  '&amp;',
  '&lt;',
  '&#27;',
  '&#1114112;',
  '“',
  '”',
  '—',
  '\u00a0',
  '\u200b',
  '\r\n',
  '\t',
  'İ',
  '🙂',
  '\ud800',
];

const piece = fc.constantFrom(...PIECES);

/** One long run of a piece or a random word, 1,000 to 21,000 characters. */
const repetition = fc
  .tuple(fc.oneof(piece, fc.string({ minLength: 1, maxLength: 8 })), fc.integer({ min: 1_000, max: 21_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((w) => w.join(' ')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(piece, { maxLength: 5 }), repetition).map(([head, run]) => `${head.join(' ')} ${run}`),
  },
);
