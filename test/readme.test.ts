import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../src/platform/config-schema.ts';

/** The README is part of the product: it must name every setting the code reads and the two set-up commands. */
describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it.each(Object.keys(SETTINGS))('documents %s in the environment table', (name) => {
    expect(readme).toContain(`| \`${name}\` |`);
  });

  it('shows the set-up and test commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
