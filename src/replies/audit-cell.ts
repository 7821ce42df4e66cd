// How a command reads in the `audit` and `jobs` tables: every resource name in full, long flag values shortened.
//
// Rules:
// 1. A command of at most 80 characters is shown as it is.
// 2. Longer, the `az k8s-configuration` / `az k8s-extension` prefix is dropped (`flux …`, `extension …`).
// 3. Words that name something — positionals and the values of -n/-g/-c/-t/-k, --name, --resource-group,
//    --cluster-name, --cluster-type, --kind, --subscription — are never cut.
// 4. Any other flag value longer than 24 characters keeps its first 11 and last 12 characters around
//    `…`: the end is what tells two values apart (`…detectDrift=true` from `…=false`, a repository's name).

const NAME_FLAGS = new Set([
  '-n',
  '--name',
  '-g',
  '--resource-group',
  '-c',
  '--cluster-name',
  '-t',
  '--cluster-type',
  '-k',
  '--kind',
  '--subscription',
]);

const VALUE_LIMIT = 24;
const HEAD = 11;
const TAIL = 12;

export function auditCell(display: string): string {
  if (display.length <= 80) return display;
  const words = display
    .replace(/^az k8s-configuration /, '')
    .replace(/^az k8s-extension /, 'extension ')
    .split(' ');
  return words
    .map((word, i) => {
      const flag = words[i - 1];
      const isFlagValue = flag?.startsWith('-') && !word.startsWith('-');
      if (!isFlagValue || NAME_FLAGS.has(flag!) || word.length <= VALUE_LIMIT) return word;
      return `${word.slice(0, HEAD)}…${word.slice(-TAIL)}`;
    })
    .join(' ');
}
