// The sandbox stand-ins: their timings, faults, and the standalone sandbox process.
import { z } from 'zod';
import { bool, duration, httpUrl, port, type Setting } from './value-schemas.ts';

export const SANDBOX_SETTINGS = {
  SANDBOX_RECONCILE_MS: {
    schema: z.coerce.number({ message: 'must be a whole number of milliseconds' }).int().min(0),
    example: '3000',
    default: '3000',
    description: 'Sandbox: delay before a new configuration turns Compliant.',
  },
  SANDBOX_AGENT_RELAY: {
    schema: duration,
    example: '5s',
    default: '5s',
    description:
      "Sandbox: delay before the simulated Flux agent's status reaches Azure (real agent: ~1 min), so reads right after a change are stale, as in Azure.",
  },
  SANDBOX_OPERATION_MS: {
    schema: z.coerce.number({ message: 'must be a whole number of milliseconds' }).int().min(0),
    example: '1000',
    default: '1000',
    description: 'Sandbox: how long each ARM long-running operation takes.',
  },
  SANDBOX_FAULTS: {
    // The syntax belongs to the stand-in; the composition root checks it with the stand-in's own parser.
    schema: z.string(),
    example: 'throttle:2',
    description:
      'Sandbox: ARM faults to inject at start, e.g. `throttle:2,5xx:1@GET,fail-op:ExtensionCreationFailed` (see README, "Sandbox faults").',
  },
  SANDBOX_USE_KUBECONFIG: {
    schema: bool,
    example: 'true',
    default: 'false',
    description:
      'Sandbox: also reach real clusters through KUBECONFIG + KUBE_CONTEXTS and KUBE_IN_CLUSTER (ignored in sandbox mode unless true).',
  },
  FLUXOPS_SANDBOX_URL: {
    schema: httpUrl,
    example: 'http://127.0.0.1:3990',
    description:
      'Sandbox mode against the standalone sandbox (`npm run sandbox`) at this URL instead of embedded stand-ins, so every web and worker process shares one sandbox world. Implies sandbox mode.',
  },
  SANDBOX_PORT: {
    schema: port,
    example: '3990',
    default: '3990',
    description:
      '`npm run sandbox` only: port of its control endpoint on 127.0.0.1 (0 picks a free one); the URL to give FLUXOPS_SANDBOX_URL is logged.',
  },
} satisfies Record<string, Setting>;
