// Adds lockfile records for other platforms' optional native packages.
//
// Why: where the registry serves only the Linux builds of packages such as @biomejs/cli-*,
// @msgpackr-extract/* and @swc/core-*, `npm install` cannot record the darwin/win32/musl
// variants, and `npm ci` then refuses the lockfile ("Missing: … from lock file"). The records added
// here carry the name, version and os/cpu/libc filters only: npm ci accepts them and skips them on
// platforms they do not match, exactly as it does for complete records. Run after `npm install`:
//   node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc from names like `cli-darwin-arm64`, `cli-linux-x64-musl`, `extract-win32-x64`. */
function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd'].find((w) => words.includes(w));
  const cpu = ['arm64', 'x64', 'arm', 'ia32'].find((w) => words.includes(w));
  if (!os || !cpu) return undefined;
  const record = { os: [os], cpu: [cpu] };
  if (os === 'linux') record.libc = [words.includes('musl') ? 'musl' : 'glibc'];
  return record;
}

let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || !/^\d+\.\d+\.\d+$/.test(spec)) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[key] = { version: spec, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform record(s)`);
