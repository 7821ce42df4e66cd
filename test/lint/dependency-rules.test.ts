import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run lint` runs dependency-cruiser with the repository's own rules (.dependency-cruiser.cjs).
 * Here those rules judge a small tree written for the purpose: every import that breaks the
 * layering is reported under the rule's name, and the imports the layering allows are not.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fluxops-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const TREE = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', allowImportingTsExtensions: true } }),
  'src/core.ts': "import { x } from '../adapters/slack/x.ts';\nexport const core = x;\n",
  'src/value.ts': 'export const value = 1;\nexport type Value = number;\n',
  'adapters/slack/x.ts': "import { y } from '../teams/y.ts';\nexport const x = y;\n",
  'adapters/teams/y.ts': "import { value } from '../../src/value.ts';\nexport const y = value;\n",
  'jobs/worker.ts': "import { x } from '../adapters/slack/x.ts';\nexport const w = x;\n",
  'sandbox/stand-in.ts': "import type { Value } from '../src/value.ts';\nexport const v: Value = 2;\n",
  'sandbox/behaviour.ts': "import { value } from '../src/value.ts';\nexport const b = value;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

async function violations(dir: string): Promise<string[]> {
  const cli = join(ROOT, 'node_modules/.bin/depcruise');
  const args = ['src', 'adapters', 'jobs', 'sandbox', '--config', join(ROOT, '.dependency-cruiser.cjs')];
  const { stdout } = await run(cli, [...args, '--output-type', 'json'], { cwd: dir }).catch((error) => error);
  const result = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('dependency rules (npm run lint)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reports each import that breaks the layering, by rule, and nothing the layering allows', async () => {
    const dir = writeTree(TREE);
    dirs.push(dir);
    expect(await violations(dir)).toEqual([
      'adapters-apart: adapters/slack/x.ts → adapters/teams/y.ts',
      'jobs-know-src-only: jobs/worker.ts → adapters/slack/x.ts',
      'src-stays-inside: src/core.ts → adapters/slack/x.ts',
      'stand-ins-take-src-types-only: sandbox/behaviour.ts → src/value.ts',
    ]);
  });

  it('exits non-zero on a violation, so npm test stops', async () => {
    const dir = writeTree(TREE);
    dirs.push(dir);
    const cli = join(ROOT, 'node_modules/.bin/depcruise');
    const outcome = await run(cli, ['src', 'adapters', '--config', join(ROOT, '.dependency-cruiser.cjs')], {
      cwd: dir,
    }).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1,
    );
    expect(outcome).toBeGreaterThan(0);
  });
});
