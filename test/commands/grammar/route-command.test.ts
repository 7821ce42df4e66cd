import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse.ts';

/** A mistyped command word: the example is the command it probably meant, and pastes as it is. */
describe('routing a mistyped command word', () => {
  it.each([
    ['flux lst -g flux-demo-rg', 'flux list'],
    ['az k8s-configuration flux shwo -n cluster-config', 'k8s-configuration flux show'],
    ['extension lst', 'k8s-extension list'],
  ])('%s → Example: %s', (text, example) => {
    const parsed = parseCommand(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.params).toMatchObject({ example });
    const again = parseCommand(example);
    expect(again.ok ? [] : again.problems.map((problem) => problem.code)).not.toContain('command.unknown-sub');
  });

  it('does not repeat the rest of the text, which may hold a secret', () => {
    const parsed = parseCommand('flux craete -n c -u https://github.com/x/y --https-user me --https-key s3cret-token');
    expect(JSON.stringify(parsed)).not.toContain('s3cret-token');
  });
});
