import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A `/** … *\/` block is what an editor shows on hover for the declaration right below it. One
 * followed by a blank line or an import documents nothing (or the import), so module overviews are
 * `//` comments and doc blocks sit directly on their declaration. This keeps that rule true.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function productionFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n').filter((file) => /^(app|src|adapters|jobs|sandbox|bench|scripts)\//.test(file));
}

/** `file:line` of every doc block whose next line is blank, an import, or the end of the file. */
function misplacedDocBlocks(file: string, text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\/\*\*/.test(lines[i] ?? '')) continue;
    let end = i;
    while (end < lines.length && !(lines[end] ?? '').includes('*/')) end++;
    const next = lines[end + 1];
    if (next === undefined || next.trim() === '' || /^import\b/.test(next)) found.push(`${file}:${i + 1}`);
    i = end;
  }
  return found;
}

describe('doc comments', () => {
  it('finds the misplaced blocks it looks for', () => {
    const sample =
      '/** floats */\n\nexport const a = 1;\n/** on an import */\nimport x from "y";\n/** ok */\nexport const b = 2;\n';
    expect(misplacedDocBlocks('sample.ts', sample)).toEqual(['sample.ts:1', 'sample.ts:4']);
  });

  it('every doc block in the product sits directly on a declaration', () => {
    const files = productionFiles();
    expect(files.length).toBeGreaterThan(100);
    const misplaced = files.flatMap((file) => misplacedDocBlocks(file, readFileSync(resolve(ROOT, file), 'utf8')));
    expect(misplaced).toEqual([]);
  });
});
