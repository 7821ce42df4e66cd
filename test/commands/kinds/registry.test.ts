import { describe, expect, it } from 'vitest';
import type { HandlerRegistry } from '../../../jobs/handler.ts';
import { HANDLERS } from '../../../jobs/handlers/index.ts';
import { routeCommand } from '../../../src/commands/grammar/route-command.ts';
import { type Branch, isLeaf, type Leaf, ROOT } from '../../../src/commands/grammar/routes.ts';
import { defineKind } from '../../../src/commands/kinds/define-kind.ts';
import { KINDS, type KindRegistry } from '../../../src/commands/kinds/index.ts';

const specs = Object.values(KINDS);

/** Every leaf of the tree with the words that reach it, aliases included. */
function leaves(children: Record<string, Leaf | Branch>, path: string[] = []): { words: string[]; leaf: Leaf }[] {
  return Object.entries(children).flatMap(([word, node]) =>
    isLeaf(node) ? [{ words: [...path, word], leaf: node }] : leaves(node.children, [...path, word]),
  );
}

const routeWords = (route: (typeof specs)[number]['routes'][number]) => ('words' in route ? route.words : route);

describe('KINDS', () => {
  it('has one spec per kind, filed under its own kind', () => {
    expect(specs).toHaveLength(38);
    for (const [kind, spec] of Object.entries(KINDS)) expect(spec.kind).toBe(kind);
  });

  it('leads every route of the tree to a kind whose spec declares that route', () => {
    const found = leaves(ROOT);
    expect(found.length).toBeGreaterThan(specs.length);
    for (const { words, leaf } of found) {
      const spec = KINDS[leaf.kind];
      expect(spec.kind, words.join(' ')).toBe(leaf.kind);
      const builders = spec.routes.map((route) => ('words' in route ? route.build : spec.build));
      expect(builders, words.join(' ')).toContain(leaf.build);
      const routed = routeCommand(words);
      expect(routed.ok && routed.leaf.kind, words.join(' ')).toBe(leaf.kind);
    }
  });

  it('reaches every declared route, long and short', () => {
    for (const spec of specs) {
      for (const route of spec.routes) {
        const words = routeWords(route);
        const long = words[0] === 'flux' ? ['az', 'k8s-configuration', ...words] : ['az', ...words];
        for (const typed of [words, long]) {
          const routed = routeCommand(typed);
          expect(routed.ok && routed.leaf.kind, typed.join(' ')).toBe(spec.kind);
        }
      }
    }
  });

  it('gives every job kind a handler and no other kind one', () => {
    const jobKinds = specs.filter((spec) => spec.runs === 'job').map((spec) => spec.kind);
    expect(Object.keys(HANDLERS).sort()).toEqual([...jobKinds].sort());
    expect(jobKinds.length).toBeGreaterThan(0);
    for (const handler of Object.values(HANDLERS)) expect(handler).toBeTypeOf('function');
    const chatKinds = specs.filter((spec) => spec.runs === 'chat').map((spec) => spec.kind);
    expect(chatKinds.sort()).toEqual([
      'access.grant',
      'access.list',
      'access.policy',
      'access.revoke',
      'access.whoami',
      'audit',
      'context',
      'help',
      'jobs',
      'use',
    ]);
  });

  it('gives an impact to every kind that can be destructive, and only to those', () => {
    const destructive = specs.filter((spec) => spec.safety !== 'read-only' && spec.safety !== 'mutating');
    expect(destructive.length).toBeGreaterThan(0);
    expect(destructive.length).toBeLessThan(specs.length);
    for (const spec of specs) {
      const mayDestroy = spec.safety !== 'read-only' && spec.safety !== 'mutating';
      expect(spec.impact === undefined, spec.kind).toBe(!mayDestroy);
    }
  });

  it('does not compile a registry that misses a kind, a handler or an impact', () => {
    const { help: _help, ...withoutHelp } = KINDS;
    // @ts-expect-error `help` has no spec
    const kinds: KindRegistry = withoutHelp;
    const { status: _status, ...withoutStatus } = HANDLERS;
    // @ts-expect-error `status` has no handler
    const handlers: HandlerRegistry = withoutStatus;
    const { build, display } = KINDS['flux.delete'];
    // @ts-expect-error a destructive kind without `impact`
    defineKind({
      kind: 'flux.delete',
      routes: [],
      topic: 'delete',
      runs: 'job',
      build,
      display,
      safety: 'destructive',
    });
    expect(Object.keys(kinds)).not.toContain('help');
    expect(Object.keys(handlers)).not.toContain('status');
  });
});
