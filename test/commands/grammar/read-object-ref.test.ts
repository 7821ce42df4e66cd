/**
 * `--namespace NS` and `NAMESPACE/NAME`: the commands that name a Flux object (reconcile, suspend,
 * resume, events) take the object's namespace either way, display it as `--namespace`, and refuse a
 * malformed or contradictory one.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse.ts';
import { CONTEXT, parseOk, problemsOf } from '../../support/commands/parse.ts';

const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe.each([
  ['reconcile', 'reconcile podinfo --namespace cfg-ja --kind HelmRelease', '--kind hr'],
  ['suspend', 'suspend podinfo --namespace cfg-ja --kind HelmRelease', '--kind hr'],
  ['resume', 'resume podinfo --namespace cfg-ja --kind HelmRelease', '--kind hr'],
  ['events', 'events podinfo --namespace cfg-ja', ''],
])('%s', (verb, display, kind) => {
  it('takes --namespace NS', () => {
    const command = parseOk(`${verb} podinfo --namespace cfg-ja ${kind}`);
    expect(command).toMatchObject({ kind: verb, name: 'podinfo', namespace: 'cfg-ja' });
    expect(command.display).toBe(`${display} ${ARC}`);
  });

  it('takes --ns, the spelling of flux create, and displays it as --namespace', () => {
    expect(parseOk(`${verb} podinfo --ns cfg-ja ${kind}`).display).toBe(`${display} ${ARC}`);
  });

  it('takes NAMESPACE/NAME and displays it as --namespace', () => {
    const command = parseOk(`${verb} cfg-ja/podinfo ${kind}`);
    expect(command).toMatchObject({ kind: verb, name: 'podinfo', namespace: 'cfg-ja' });
    expect(command.display).toBe(`${display} ${ARC}`);
  });

  it('parses its own display back to the same command', () => {
    const command = parseOk(`${verb} cfg-ja/podinfo ${kind}`);
    expect(parseOk(command.display)).toEqual(command);
  });

  it('accepts both when they agree, refuses them when they do not', () => {
    expect(parseOk(`${verb} cfg-ja/podinfo --namespace cfg-ja`)).toMatchObject({ namespace: 'cfg-ja' });
    const [mismatch] = problemsOf(`${verb} cfg-ja/podinfo --namespace cluster-config`);
    expect(mismatch).toMatchObject({
      code: 'object-ref.namespace-mismatch',
      message: "'cfg-ja/podinfo' names namespace cfg-ja, but --namespace says cluster-config.",
      example: `${verb} podinfo --namespace cfg-ja`,
    });
  });

  it.each(['a/b/c', '/podinfo', 'cfg-ja/'])('refuses %s as a name', (word) => {
    expect(problemsOf(`${verb} ${word}`).map((p) => p.code)).toEqual(['object-ref.bad-form']);
  });

  it('checks the namespace is a DNS-1123 label, given either way', () => {
    expect(problemsOf(`${verb} Cfg_JA/podinfo`)).toMatchObject([
      { code: 'object-ref.bad-namespace', message: "Invalid namespace 'Cfg_JA' in 'Cfg_JA/podinfo'." },
    ]);
    expect(problemsOf(`${verb} podinfo --namespace cfg.ja`).map((p) => p.code)).toEqual(['namespace.invalid-chars']);
    expect(problemsOf(`${verb} podinfo --namespace cfg-`).map((p) => p.code)).toEqual(['namespace.edge-hyphen']);
  });

  it('has no -n: in the az grammar -n is --name, so it is refused rather than read as a namespace', () => {
    const result = parseCommand(`${verb} podinfo -n cfg-ja`, { context: CONTEXT });
    expect(result.ok).toBe(false);
  });

  it('leaves the namespace out when none is given', () => {
    expect(parseOk(`${verb} podinfo`)).not.toHaveProperty('namespace');
  });
});

describe('events --namespace without a name', () => {
  it('narrows the events to the namespace', () => {
    const command = parseOk('events --namespace cfg-ja');
    expect(command).toMatchObject({ kind: 'events', namespace: 'cfg-ja' });
    expect(command).not.toHaveProperty('name');
    expect(command.display).toBe(`events --namespace cfg-ja ${ARC}`);
  });
});
