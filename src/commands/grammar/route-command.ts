// Walk the command tree with the leading words of a message.
//
// Rules:
// 1. A leading `/flux` (console, Teams) and a leading `az` are skipped; words match case-insensitively.
// 2. After `az`, the az CLI's own groups (`az version`, `az extension add`, `az provider …`) are answered
//    with "not run from chat" rather than "unknown command".
// 3. `k8s-configuration create|…` without `flux` is Flux v1, which is refused with a pointer to v2.
// 4. An unknown or missing word gets the accepted words and the nearest one as a suggestion.
import { nearestWord } from '../nearest-word.ts';
import { type Problem, problem } from '../problem.ts';
import { AZ_ONLY_GROUPS, type Branch, FLUX_V1_VERBS, isLeaf, type Leaf, ROOT } from './routes.ts';

export type RouteResult =
  | { ok: true; leaf: Leaf; path: string; rest: string[] }
  | { ok: false; problems: Problem[]; topic: string };

export function routeCommand(tokens: readonly string[]): RouteResult {
  let words = [...tokens];
  if (words[0]?.toLowerCase() === '/flux') words = words.slice(1);
  const az = words[0]?.toLowerCase() === 'az';
  if (az) words = words.slice(1);
  const first = words[0]?.toLowerCase();
  if (first === undefined) return { ok: false, problems: [problem('input.empty')], topic: 'help' };
  if (az && AZ_ONLY_GROUPS.has(first)) {
    return { ok: false, problems: [problem('command.az-only', { group: words.slice(0, 2).join(' ') })], topic: 'help' };
  }
  if (first === 'k8s-configuration' && FLUX_V1_VERBS.has(words[1]?.toLowerCase() ?? '')) {
    return {
      ok: false,
      problems: [problem('command.flux-v1', { verb: (words[1] as string).toLowerCase() })],
      topic: 'create',
    };
  }
  let node: Leaf | Branch = { path: '', topic: 'help', example: 'help', children: ROOT };
  const path: string[] = [];
  let index = 0;
  while (!isLeaf(node)) {
    const word = words[index];
    const choices = Object.keys(node.children);
    if (word === undefined) {
      return {
        ok: false,
        problems: [
          problem('command.incomplete', { path: path.join(' '), accepted: choices.join(', '), example: node.example }),
        ],
        topic: node.topic,
      };
    }
    const next: Leaf | Branch | undefined = Object.hasOwn(node.children, word.toLowerCase())
      ? node.children[word.toLowerCase()]
      : undefined;
    if (!next) {
      const code = path.length === 0 ? 'command.unknown' : 'command.unknown-sub';
      // The example is the command with the word it probably meant (the rest of the text is not
      // repeated: it may hold a secret the parser could not place).
      const meant = nearestWord(word, choices);
      const example = meant ? [...path, meant].join(' ') : node.example;
      const params = { word, path: path.join(' '), accepted: choices.join(', '), example };
      return { ok: false, problems: [problem(code, params, meant)], topic: node.topic };
    }
    path.push(isLeaf(next) ? word.toLowerCase() : (next.path.split(' ').pop() as string));
    node = next;
    index++;
  }
  return { ok: true, leaf: node, path: path.join(' '), rest: words.slice(index) };
}
