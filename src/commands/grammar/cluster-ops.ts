/**
 * In-cluster operations: status, reconcile, suspend, resume, events, logs.
 *
 * Rules:
 * 1. The object name is the first bare word; status and events may omit it.
 * 2. `--kind` takes Flux kinds case-insensitively, with the flux CLI's short names (ks, hr, …), and is
 *    stored in Kubernetes spelling; without it the handler resolves the name.
 * 3. logs: a known controller (the `-controller` suffix may be omitted), `--tail` 1–1000, `--previous`.
 */
import { ALL_CONTROLLERS, resolveController } from '../controller-names.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS, YES_FLAG } from '../flags/target-flags.ts';
import { nearestWord } from '../nearest-word.ts';
import { problem } from '../problem.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { done, requireName, type Scaffold, scaffold } from './scaffold.ts';

const KIND_WORDS: Record<string, FluxObjectKind> = {
  kustomization: 'Kustomization',
  ks: 'Kustomization',
  helmrelease: 'HelmRelease',
  hr: 'HelmRelease',
  gitrepository: 'GitRepository',
  gitrepo: 'GitRepository',
  bucket: 'Bucket',
  helmrepository: 'HelmRepository',
  helmrepo: 'HelmRepository',
  helmchart: 'HelmChart',
  ocirepository: 'OCIRepository',
  oci: 'OCIRepository',
};

const KIND_FLAG: FlagSpec = { name: '--kind', arity: 'value', example: 'kustomization', help: 'Flux object kind.' };
const BASE: readonly FlagSpec[] = [...TARGET_FLAGS, ...IGNORED_AZ_FLAGS];

function objectKind(s: Scaffold): FluxObjectKind | undefined {
  const text = s.flags.values.get('--kind');
  if (text === undefined) return undefined;
  const kind = KIND_WORDS[text.toLowerCase()];
  if (!kind) {
    const accepted = [...new Set(Object.values(KIND_WORDS))].join(', ');
    s.problems.push(
      problem(
        'flag.invalid-choice',
        { flag: '--kind', value: text, accepted, example: 'kustomization' },
        nearestWord(text, Object.keys(KIND_WORDS)),
      ),
    );
  }
  return kind;
}

const base = (s: Scaffold) => ({ target: s.target!, yes: s.yes, noWait: false, warnings: s.warnings });

export function buildStatus(input: BuildInput): BuildResult {
  const s = scaffold(input, BASE, {
    maxPositionals: 1,
    positionalText: ' and a name',
    example: 'status cluster-config',
  });
  const name = s.positionals[0];
  return done(s, () => ({ kind: 'status', ...base(s), ...(name !== undefined ? { name } : {}) }));
}

export function buildEvents(input: BuildInput): BuildResult {
  const s = scaffold(input, BASE, {
    maxPositionals: 1,
    positionalText: ' and a name',
    example: 'events cluster-config-apps',
  });
  const name = s.positionals[0];
  return done(s, () => ({ kind: 'events', ...base(s), ...(name !== undefined ? { name } : {}) }));
}

export function buildReconcile(input: BuildInput): BuildResult {
  const flags = [
    ...BASE,
    KIND_FLAG,
    { name: '--with-source', arity: 'switch', help: 'Fetch the source first.' } as const,
  ];
  const s = scaffold(input, flags, {
    maxPositionals: 1,
    positionalText: ' and a name',
    example: 'reconcile cluster-config-apps --with-source',
  });
  const name = requireName(s, 'NAME', input.path, 'cluster-config-apps');
  const kind = objectKind(s);
  const withSource = s.flags.switches.get('--with-source') ?? false;
  return done(s, () => ({
    kind: 'reconcile',
    ...base(s),
    name: name!,
    withSource,
    ...(kind ? { objectKind: kind } : {}),
  }));
}

function suspendOrResume(which: 'suspend' | 'resume') {
  return (input: BuildInput): BuildResult => {
    const s = scaffold(input, [...BASE, KIND_FLAG, YES_FLAG], {
      maxPositionals: 1,
      positionalText: ' and a name',
      example: `${which} cluster-config-apps`,
    });
    const name = requireName(s, 'NAME', input.path, 'cluster-config-apps');
    const kind = objectKind(s);
    return done(s, () => ({ kind: which, ...base(s), name: name!, ...(kind ? { objectKind: kind } : {}) }));
  };
}

export const buildSuspend = suspendOrResume('suspend');
export const buildResume = suspendOrResume('resume');

export function buildLogs(input: BuildInput): BuildResult {
  const flags: FlagSpec[] = [
    ...BASE,
    { name: '--tail', arity: 'value', example: '50', help: 'Last N lines.' },
    { name: '--previous', arity: 'switch', help: 'Logs of the previous container.' },
  ];
  const example = 'logs helm-controller --tail 50';
  const s = scaffold(input, flags, { maxPositionals: 1, positionalText: ' and a controller name', example });
  const word = s.positionals[0];
  const controller = word === undefined ? undefined : resolveController(word);
  if (word === undefined) {
    s.problems.push(
      problem('short.missing-argument', {
        command: 'logs',
        what: 'a controller name',
        accepted: ALL_CONTROLLERS.join(', '),
        example,
      }),
    );
  } else if (controller === undefined) {
    s.problems.push(
      problem(
        'short.unknown-controller',
        { command: 'logs', value: word, accepted: ALL_CONTROLLERS.join(', '), example },
        nearestWord(word, ALL_CONTROLLERS),
      ),
    );
  }
  const tailText = s.flags.values.get('--tail');
  const tail = tailText !== undefined && /^\d{1,4}$/.test(tailText) ? Number(tailText) : undefined;
  if (tailText !== undefined && (tail === undefined || tail < 1 || tail > 1000)) {
    s.problems.push(
      problem('flag.invalid-integer', { flag: '--tail', value: tailText, min: 1, max: 1000, example: '50' }),
    );
  }
  return done(s, () => ({
    kind: 'logs',
    ...base(s),
    controller: controller!,
    previous: s.flags.switches.get('--previous') ?? false,
    ...(tail !== undefined ? { tail } : {}),
  }));
}
