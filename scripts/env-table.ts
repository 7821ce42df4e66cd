import { SETTINGS } from '../src/platform/config-schema.ts';

/** Prints the README's environment-variable table from the one place settings are defined. */
export function envTable(): string {
  const rows = Object.entries(SETTINGS).map(([name, s]) => {
    const setting = s as { description: string; default?: string; example: string };
    const fallback = setting.default === undefined ? '—' : `\`${setting.default}\``;
    return `| \`${name}\` | ${fallback} | ${setting.description} |`;
  });
  return ['| Variable | Default | What it does |', '|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(envTable());
