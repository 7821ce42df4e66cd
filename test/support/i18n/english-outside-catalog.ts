import type { Reply } from '../../../src/replies/reply.ts';

/**
 * The English prose in an en-XA reply that did not come through the catalog. In en-XA every catalog
 * message is wrapped in ⟦ ⟧ with its words accented; values put into it (names, commands, Flux messages)
 * sit inside those brackets untouched. What is left outside brackets and backtick spans must be
 * punctuation, numbers, names and commands — never two plain English words in a row.
 *
 * Rules:
 * 1. Checked: the title (unless it is the command's own display), text, field labels, table titles and
 *    column headers, detail title and button labels. Field values and table cells are data (resource
 *    names, Azure states, Flux messages) and are not checked.
 * 2. A "word" is letters only (`is`, `Compliance`); `cluster-config`, `flux-demo-arc`, `v1.2` are names.
 * 3. Two such words in a row outside ⟦ ⟧ and `code` is English that bypassed the catalog.
 */
export function englishOutsideCatalog(reply: Reply, display?: string): string[] {
  const texts: string[] = [];
  if (reply.title !== display) texts.push(reply.title);
  if (reply.text) texts.push(...reply.text.split('\n'));
  for (const field of reply.fields ?? []) texts.push(field.label);
  for (const table of reply.tables ?? []) texts.push(table.title ?? '', ...table.columns);
  if (reply.detail) texts.push(reply.detail.title);
  for (const action of reply.actions ?? []) texts.push(action.label);
  return texts.filter((text) => bypasses(text));
}

/** Rule 3. */
function bypasses(text: string): boolean {
  const outside = stripBracketed(text).replace(/`[^`]*`/g, ' ');
  const words = outside.split(/[\s,;:()·—–…"«»]+/).filter(Boolean);
  let run = 0;
  for (const word of words) {
    run = /^[A-Za-z]{2,}[.!?]?$/.test(word) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** Removes every ⟦…⟧ span, nested ones included. */
function stripBracketed(text: string): string {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '⟦') depth += 1;
    else if (char === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}
