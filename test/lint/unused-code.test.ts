import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run lint` ends with knip. Here knip judges a small project written for the purpose: an
 * export nothing imports, a file nothing reaches and a dependency nothing uses are each reported,
 * and the run fails.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const PROJECT = {
  'package.json': JSON.stringify({ name: 'probe', type: 'module', dependencies: { 'left-pad': '1.3.0' } }),
  'knip.json': JSON.stringify({ entry: ['src/main.ts'], project: ['src/**/*.ts'] }),
  'src/main.ts': "import { used } from './helpers.ts';\nconsole.log(used);\n",
  'src/helpers.ts': 'export const used = 1;\nexport const unused = 2;\n',
  'src/orphan.ts': 'export const orphan = 3;\n',
};

describe('unused code (npm run lint)', () => {
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on an unused export, file and dependency, naming each', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fluxops-knip-'));
    for (const [path, text] of Object.entries(PROJECT)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const cli = join(ROOT, 'node_modules/.bin/knip');
    const outcome = await run(cli, ['--directory', dir, '--reporter', 'json', '--no-progress']).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '' }),
    );
    expect(outcome.code).toBeGreaterThan(0);
    const report = JSON.parse(outcome.stdout) as {
      issues: { file: string; exports?: { name: string }[]; dependencies?: { name: string }[]; files?: unknown }[];
    };
    const exports = report.issues.flatMap((issue) => (issue.exports ?? []).map((e) => `${issue.file}:${e.name}`));
    const dependencies = report.issues.flatMap((issue) => (issue.dependencies ?? []).map((d) => d.name));
    expect(exports).toEqual(['src/helpers.ts:unused']);
    expect(dependencies).toEqual(['left-pad']);
    expect(JSON.stringify(report)).toContain('src/orphan.ts');
  });
});
