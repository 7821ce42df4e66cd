import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';

const arc = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

function durationExample(text: string): string | undefined {
  const parsed = parseCommand(text);
  if (parsed.ok) throw new Error('fixture must fail to parse');
  return parsed.problems.find((p) => p.code === 'duration.invalid')?.example;
}

/** A bad duration's example is something the user can paste back as it stands. */
describe('duration examples', () => {
  it.each([
    [`flux create -n c -u https://x/y --branch main --timeout 10mfoo ${arc}`, '--timeout 1h30m'],
    [
      `flux create -n c -u https://x/y --branch main --kustomization name=a sync_interval=5x ${arc}`,
      'sync_interval=1h30m',
    ],
    ['alerts mute HelmRelease/podinfo forever', 'alerts mute HelmRelease/podinfo 1h30m'],
  ])('%s → %s', (text, example) => {
    expect(durationExample(text)).toBe(example);
  });
});
