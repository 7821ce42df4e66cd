/**
 * Each short form produces the same typed command (and so the same REST body) as its long form;
 * only `shortForm` tells them apart.
 */
import { describe, expect, it } from 'vitest';
import { extensionPatchBody } from '../../src/azure/bodies/index.ts';
import type { Command } from '../../src/commands/types.ts';
import { messagesOf, parseOk, problemsOf } from '../support/commands/parse.ts';

const LONG = 'az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --config';

function withoutShortForm(command: Command): Command {
  const { shortForm: _shortForm, ...rest } = command;
  return rest as Command;
}

describe.each([
  [
    'loglevel source-controller=error kustomize=error',
    'loglevel',
    'source-controller.log-level=error kustomize-controller.log-level=error',
  ],
  [
    'controllers enable image-automation image-reflector-controller',
    'controllers',
    'image-automation-controller.enabled=true image-reflector-controller.enabled=true',
  ],
  ['controllers disable helm', 'controllers', 'helm-controller.enabled=false'],
  ['drift on', 'drift', 'helm-controller.detectDrift=true'],
  ['drift off', 'drift', 'helm-controller.detectDrift=false'],
  [
    'oomwatch on threshold=70 interval=700ms',
    'oomwatch',
    'helm-controller.outOfMemoryWatch.enabled=true helm-controller.outOfMemoryWatch.memoryThreshold=70 helm-controller.outOfMemoryWatch.interval=700ms',
  ],
  ['oomwatch off', 'oomwatch', 'helm-controller.outOfMemoryWatch.enabled=false'],
  [
    'resources kustomize-controller limits.memory=2Gi limits.cpu=2000m requests.memory=300Mi',
    'resources',
    'kustomize-controller.resources.limits.memory=2Gi kustomize-controller.resources.limits.cpu=2000m kustomize-controller.resources.requests.memory=300Mi',
  ],
  [
    'scale kustomize concurrent=6 requeue-dependency=50s in-memory-build=true',
    'scale',
    'kustomize-controller.concurrent=6 kustomize-controller.requeue-dependency=50s kustomize-controller.enable-in-memory-build=true',
  ],
  ['strict-substitution on', 'strict-substitution', 'kustomize-controller.strict-substitution-mode=true'],
])('%s', (short, shortForm, config) => {
  it('equals the long form apart from shortForm', () => {
    const shortCommand = parseOk(short);
    const longCommand = parseOk(`${LONG} ${config}`);
    expect(shortCommand.shortForm).toBe(shortForm);
    expect(longCommand.shortForm).toBeUndefined();
    expect(withoutShortForm(shortCommand)).toEqual(longCommand);
    if (shortCommand.kind !== 'extension.update' || longCommand.kind !== 'extension.update') throw new Error('kind');
    expect(extensionPatchBody(shortCommand)).toEqual(extensionPatchBody(longCommand));
  });
});

describe('flux short forms', () => {
  it.each([
    ['show cluster-config', 'az k8s-configuration flux show -n cluster-config'],
    ['flux show cluster-config', 'az k8s-configuration flux show -n cluster-config'],
    ['/flux list', 'az k8s-configuration flux list'],
    ['delete cluster-config --yes', 'az k8s-configuration flux delete -n cluster-config --yes'],
    [
      'flux create apps-config -u https://github.com/x/y --branch main',
      'k8s-configuration flux create -n apps-config --url https://github.com/x/y --branch main',
    ],
    ['extension show', 'az k8s-extension show -n flux'],
    ['kustomization list cluster-config', 'az k8s-configuration flux kustomization list -n cluster-config'],
  ])('%s = %s', (short, long) => {
    expect(parseOk(short)).toEqual(parseOk(long));
  });

  it('uses another extension name with -n', () => {
    const command = parseOk('drift on -n flux2');
    expect(command.kind === 'extension.update' && command.extensionName).toBe('flux2');
  });
});

describe('short form problems', () => {
  it('rejects unknown controllers with a suggestion and bad settings', () => {
    const [item] = problemsOf('loglevel sorce-controller=debug');
    expect(item?.message).toBe("Unknown controller 'sorce-controller' for `loglevel`.");
    expect(item?.suggestion).toBe('Did you mean source-controller?');
    expect(messagesOf('drift maybe')).toEqual(["'maybe' is not a setting `drift` understands."]);
    expect(messagesOf('oomwatch on threshold=150')).toEqual([
      "Invalid percentage helm-controller.outOfMemoryWatch.memoryThreshold='150'.",
    ]);
    expect(messagesOf('resources source-controller limits.storage=1Gi')).toEqual([
      "'limits.storage=1Gi' is not a setting `resources` understands.",
    ]);
    expect(messagesOf('controllers disable fluxconfig-agent')).toEqual([
      "Unknown controller 'fluxconfig-agent' for `controllers`.",
    ]);
    expect(messagesOf('scale')).toEqual(['`scale` needs a controller name.']);
  });
});
