/**
 * Help replies and the user-facing problem text.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/commands/format-problems.ts';
import { helpReply } from '../../src/commands/help.ts';
import { HELP_TOPICS } from '../../src/commands/help-topics.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { parseOk } from '../support/commands/parse.ts';

describe('helpReply', () => {
  it('fits the overview on one screen', () => {
    const reply = helpReply();
    expect(reply.status).toBe('info');
    const lines = [
      reply.title,
      ...(reply.text ?? '').split('\n'),
      ...(reply.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ];
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines.join('\n').length).toBeLessThanOrEqual(1500);
  });

  it.each(HELP_TOPICS)('help %s has usage, flags and an example that parses', (topic) => {
    const reply = helpReply(topic);
    expect(reply.fields?.map((f) => f.label)).toEqual(['Usage', 'Flags', 'Example']);
    for (const field of reply.fields ?? []) expect(field.value.startsWith('help.topic.')).toBe(false);
    const example = reply.fields?.[2]?.value ?? '';
    const result = parseCommand(example, {
      context: {
        resourceGroup: 'rg',
        clusterName: 'c',
        clusterType: 'connectedClusters',
        clusterRp: 'Microsoft.Kubernetes',
      },
    });
    expect(result.ok).toBe(true);
  });

  it('maps command spellings to topics and rejects unknown ones with a suggestion', () => {
    expect(parseOk('help az k8s-configuration flux create')).toMatchObject({ kind: 'help', topic: 'create' });
    expect(parseOk('help k8s-extension update')).toMatchObject({ kind: 'help', topic: 'extension' });
    expect(parseOk('help flux')).toMatchObject({ kind: 'help', display: 'help' });
    const result = parseCommand('help reconcle');
    expect(!result.ok && result.problems[0]?.suggestion).toBe('Did you mean reconcile?');
  });
});

describe('formatProblems', () => {
  it('lists every problem with accepted and example, then the help topic', () => {
    const result = parseCommand('flux create c -u https://github.com/x/y --branch main --timeout 5x --namespace Bad', {
      context: {
        resourceGroup: 'rg',
        clusterName: 'c',
        clusterType: 'connectedClusters',
        clusterRp: 'Microsoft.Kubernetes',
      },
    });
    if (result.ok) throw new Error('expected problems');
    expect(formatProblems(result.problems, result.helpTopic)).toBe(
      [
        "• Invalid --namespace 'Bad': a namespace can only contain lowercase alphanumeric characters and hyphens.",
        '  Accepted: A DNS-1123 label: lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters.',
        '  Example: --namespace cluster-config',
        "• Invalid --timeout '5x': not a Go duration.",
        '  Accepted: Hours, minutes and seconds in that order, each at most once (h → m → s), e.g. 10m, 1h30m, 1h2m5s.',
        '  Example: --timeout 1h30m',
        'See `help create`.',
      ].join('\n'),
    );
  });

  it('answers az CLI commands, Flux v1 and unknown words', () => {
    const az = parseCommand('az provider register --namespace Microsoft.Kubernetes');
    expect(!az.ok && az.problems[0]?.message).toBe(
      '`az provider register` is an az CLI command that fluxops does not run from chat.',
    );
    const v1 = parseCommand('az k8s-configuration create -n x');
    expect(!v1.ok && v1.problems[0]?.message).toBe(
      '`az k8s-configuration create` manages Flux v1 configurations, which fluxops does not support.',
    );
    const unknown = parseCommand('reconcle apps');
    expect(!unknown.ok && [unknown.problems[0]?.message, unknown.problems[0]?.suggestion]).toEqual([
      "'reconcle' is not a fluxops command.",
      'Did you mean reconcile?',
    ]);
    const quote = parseCommand('flux show "cluster');
    expect(!quote.ok && quote.problems[0]?.message).toBe('The double quote opened at character 11 is never closed.');
    expect(parseCommand('   ')).toMatchObject({ ok: false, problems: [{ code: 'input.empty' }] });
  });
});
