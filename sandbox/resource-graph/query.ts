// The slice of KQL the Resource Graph stand-in understands: the one table fluxops queries, an optional
// `where type =~ '…'` filter and a `project` of top-level columns. Anything else is refused the way
// Resource Graph refuses a bad query (400 BadRequest), so a changed query fails loudly in tests.

export interface ParsedQuery {
  table: string;
  typeFilter?: string;
  columns?: string[];
}

const SUPPORTED_TABLE = 'kubernetesconfigurationresources';

export function parseQuery(text: string): ParsedQuery | { error: string } {
  const [head = '', ...steps] = text
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  if (head.toLowerCase() !== SUPPORTED_TABLE) {
    return { error: `Table '${head}' is not served by the sandbox (only ${SUPPORTED_TABLE}).` };
  }
  const parsed: ParsedQuery = { table: SUPPORTED_TABLE };
  for (const step of steps) {
    const where = /^where\s+type\s*=~\s*'([^']+)'$/i.exec(step);
    if (where?.[1]) {
      parsed.typeFilter = where[1].toLowerCase();
      continue;
    }
    const project = /^project\s+(.+)$/i.exec(step);
    if (project?.[1]) {
      parsed.columns = project[1].split(',').map((column) => column.trim());
      continue;
    }
    return { error: `Query step '${step}' is not supported by the sandbox.` };
  }
  return parsed;
}
