/**
 * Extension and --config validation rules (docs/upstream.md §4, §4.1) with exact messages.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, parseOk, problemsOf } from '../support/commands/parse.ts';

const UPDATE = 'az k8s-extension update -n flux --config';

describe('--config keys and values', () => {
  it('suggests the nearest key for a typo, including a case-only difference', () => {
    const [typo] = problemsOf(`${UPDATE} helm-controller.detectDrfit=true`);
    expect(typo?.message).toBe("Unknown microsoft.flux setting 'helm-controller.detectDrfit'.");
    expect(typo?.suggestion).toBe('Did you mean helm-controller.detectDrift?');
    expect(problemsOf(`${UPDATE} helm-controller.detectdrift=true`)[0]?.suggestion).toBe(
      'Did you mean helm-controller.detectDrift?',
    );
  });

  it('allows debug for Flux controllers but only info|error for the Azure agents', () => {
    expect(parseOk(`${UPDATE} helm-controller.log-level=debug`).kind).toBe('extension.update');
    const [agent] = problemsOf(`${UPDATE} fluxconfig-agent.log-level=debug`);
    expect(agent?.message).toBe("Invalid log level fluxconfig-agent.log-level='debug'.");
    expect(agent?.accepted).toBe('For fluxconfig-agent: info, error.');
    expect(problemsOf(`${UPDATE} source-controller.log-level=verbose`)[0]?.accepted).toBe(
      'For source-controller: debug, info, error.',
    );
  });

  it.each([
    ['helm-controller.detectDrift=yes', "Invalid value helm-controller.detectDrift='yes': expected true or false."],
    [
      'source-controller.resources.limits.memory=2GB',
      "Invalid memory quantity source-controller.resources.limits.memory='2GB'.",
    ],
    [
      'source-controller.resources.limits.cpu=2cores',
      "Invalid CPU quantity source-controller.resources.limits.cpu='2cores'.",
    ],
    [
      'helm-controller.outOfMemoryWatch.memoryThreshold=0',
      "Invalid percentage helm-controller.outOfMemoryWatch.memoryThreshold='0'.",
    ],
    [
      'helm-controller.outOfMemoryWatch.memoryThreshold=101',
      "Invalid percentage helm-controller.outOfMemoryWatch.memoryThreshold='101'.",
    ],
    ['kustomize-controller.concurrent=0', "Invalid count kustomize-controller.concurrent='0'."],
    [
      'kustomize-controller.requeue-dependency=soon',
      "Invalid duration kustomize-controller.requeue-dependency='soon'.",
    ],
    ['workloadIdentity.azureClientId=', "Setting 'workloadIdentity.azureClientId' has an empty value."],
    [
      'nokey',
      "'nokey' is not a KEY=VALUE pair (usage error: --config configuration_setting_key=configuration_setting_value).",
    ],
  ])('rejects %s', (pair, message) => {
    expect(messagesOf(`${UPDATE} ${pair}`)).toEqual([message]);
  });

  it('normalises booleans and levels to lower case', () => {
    const command = parseOk(`${UPDATE} helm-controller.detectDrift=True source-controller.log-level=ERROR`);
    expect(command.kind === 'extension.update' && command.configurationSettings).toEqual({
      'helm-controller.detectDrift': 'true',
      'source-controller.log-level': 'error',
    });
  });

  it('reports a repeated key', () => {
    expect(
      messagesOf(`${UPDATE} drift=1 helm-controller.detectDrift=true --config helm-controller.detectDrift=false`),
    ).toEqual([
      "Unknown microsoft.flux setting 'drift'.",
      "Setting 'helm-controller.detectDrift' is given more than once.",
    ]);
  });

  it('never echoes a malformed protected setting', () => {
    expect(messagesOf('extension update --config-protected hunter2')).toEqual([
      "'••••' is not a KEY=VALUE pair (usage error: --config-protected configuration_setting_key=configuration_setting_value).",
    ]);
  });
});

describe('extension create rules', () => {
  it.each([
    ['--extension-type microsoft.dapr', "Extension type 'microsoft.dapr' is not managed by fluxops."],
    ['--scope namespace', 'microsoft.flux cannot be installed at namespace scope.'],
    ['--release-namespace kube-system', "microsoft.flux always installs into flux-system, not 'kube-system'."],
    ['--target-namespace apps', "When --scope is 'cluster', --target-namespace must not be given."],
    ['--version 1.24.1', "To pin to specific version, auto-upgrade-minor-version must be set to 'false'."],
    [
      '--config-file settings.json',
      '--configuration-settings-file reads a file on your machine, which a chat bot cannot do.',
    ],
  ])('rejects %s', (flags, message) => {
    expect(
      messagesOf(
        `az k8s-extension create -n flux --extension-type microsoft.flux ${flags}`.replace(
          '--extension-type microsoft.flux --extension-type',
          '--extension-type',
        ),
      ),
    ).toEqual([message]);
  });

  it('accepts a pinned version with auto-upgrade off', () => {
    const command = parseOk(
      'extension create --version 1.24.1 --auto-upgrade-minor-version false --release-train Preview',
    );
    expect(
      command.kind === 'extension.create' && [command.version, command.autoUpgradeMinorVersion, command.releaseTrain],
    ).toEqual(['1.24.1', false, 'Preview']);
  });

  it('says so when an update changes nothing', () => {
    expect(messagesOf('extension update')).toEqual(['`k8s-extension update` has nothing to change.']);
  });
});
