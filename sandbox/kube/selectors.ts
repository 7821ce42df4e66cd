// Field and label selectors as the stand-in understands them: comma-separated `key=value`,
// `key==value` and `key!=value` terms over dotted paths (`metadata.name`, `involvedObject.kind`).
import type { KubeObject } from './kube-object.ts';

interface Term {
  path: string[];
  value: string;
  negate: boolean;
}

function parse(selector: string | null): Term[] {
  if (!selector) return [];
  return selector
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean)
    .map((term) => {
      const match = /^([^!=]+)(!=|==|=)(.*)$/.exec(term);
      if (!match) throw new Error(`unable to parse requirement: ${term}`);
      return { path: match[1]!.trim().split('.'), value: match[3]!.trim(), negate: match[2] === '!=' };
    });
}

function valueAt(object: unknown, path: string[]): string | undefined {
  let current: unknown = object;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current === undefined || current === null ? undefined : String(current);
}

export function selectorMatcher(fieldSelector: string | null, labelSelector: string | null) {
  const fields = parse(fieldSelector);
  const labels = parse(labelSelector);
  return (object: KubeObject): boolean =>
    fields.every((term) => (valueAt(object, term.path) === term.value) !== term.negate) &&
    labels.every((term) => (object.metadata.labels?.[term.path.join('.')] === term.value) !== term.negate);
}
