import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lockfile that lacks records for other platforms' optional packages, and a
 * registry that serves only Linux builds makes `npm install` drop them. This test
 * fails until `node scripts/complete-lockfile.mjs` has put them back.
 */
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };

  it('records every pinned optional dependency, so npm ci accepts it on any platform', () => {
    const missing = Object.values(lock.packages).flatMap((entry) =>
      Object.entries(entry.optionalDependencies ?? {})
        .filter(([name, spec]) => /^\d+\.\d+\.\d+$/.test(spec) && /-(darwin|linux|win32|android)-/.test(`${name}-`))
        .filter(([name]) => !lock.packages[`node_modules/${name}`])
        .map(([name]) => name),
    );
    expect(missing).toEqual([]);
  });
});
