// Replays every published REST example (test/fixtures/azure-examples) against the stand-in and checks
// status code, headers and body shape (keys and JSON types, not server-generated ids or times).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxSeed } from '../../../sandbox/arm/seed.ts';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import { armRequest, type RawResponse, waitForOperation } from '../../support/sandbox/arm-request.ts';
import { fastSandbox } from '../../support/sandbox/arm-sandbox.ts';
import { until } from '../../support/until.ts';

const EXAMPLES_DIR = fileURLToPath(new URL('../../fixtures/azure-examples/', import.meta.url));
const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

interface Example {
  parameters: Record<string, unknown>;
  responses: Record<string, { headers?: Record<string, string>; body?: unknown }>;
}

function loadExample(file: string): Example {
  return JSON.parse(readFileSync(resolve(EXAMPLES_DIR, file), 'utf8')) as Example;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const jsonType = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * Every key the example shows must be present with the same JSON type. Keys the example shows as null are
 * optional (the stand-in omits absent values such as an operation's `error`), and null stands in for any type.
 * Array items are compared with the item at the same position (or the last one).
 */
function shapeProblems(expected: unknown, actual: unknown, path = 'body'): string[] {
  if (expected === null || actual === null) return [];
  if (jsonType(expected) !== jsonType(actual))
    return [`${path}: expected ${jsonType(expected)}, got ${jsonType(actual)}`];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    // An empty array is a fine value (a fresh configuration has no statuses yet, unlike the example's 201).
    if (actual.length === 0) return [];
    return expected.flatMap((item, index) =>
      shapeProblems(item, actual[Math.min(index, actual.length - 1)], `${path}[${index}]`),
    );
  }
  if (isObject(expected) && isObject(actual)) {
    return Object.entries(expected).flatMap(([key, value]) => {
      if (!(key in actual)) return value === null ? [] : [`${path}.${key}: missing`];
      return shapeProblems(value, actual[key], `${path}.${key}`);
    });
  }
  return [];
}

interface Scenario {
  collection: 'extensions' | 'fluxConfigurations';
  resourcePath: string;
  requestBody: unknown;
  createBody: unknown;
}

function scenarioFor(example: Example): Scenario {
  const p = example.parameters as Record<string, string>;
  const collection = 'extensionName' in p ? 'extensions' : 'fluxConfigurations';
  const name = p.extensionName ?? p.fluxConfigurationName;
  const createExample = loadExample(
    collection === 'extensions' ? 'CreateExtension.json' : 'CreateFluxConfiguration.json',
  );
  return {
    collection,
    resourcePath: `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}/providers/${p.clusterRp}/${p.clusterResourceName}/${p.clusterName}/providers/Microsoft.KubernetesConfiguration/${collection}/${name}`,
    requestBody: Object.values(example.parameters).find(isObject),
    createBody: Object.values(createExample.parameters).find(isObject),
  };
}

/** The example's cluster, with microsoft.flux installed so configurations can be created on it. */
function seedFor(example: Example): SandboxSeed {
  const p = example.parameters as Record<string, string>;
  return {
    clusters: [
      {
        resourceGroup: p.resourceGroupName ?? '',
        name: p.clusterName ?? '',
        clusterType: p.clusterResourceName ?? '',
        clusterRp: p.clusterRp,
      },
    ],
    extensions: [{ cluster: p.clusterName ?? '' }],
  };
}

let sandbox: ArmSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function createAndWait(sb: ArmSandbox, scenario: Scenario): Promise<RawResponse> {
  const created = await armRequest(sb, 'PUT', scenario.resourcePath, scenario.createBody);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await waitForOperation(sb, String(created.headers['azure-asyncoperation']));
  return created;
}

/** Brings the world into the state in which the example's response is the right answer, then sends it. */
async function replay(file: string, example: Example, status: number): Promise<RawResponse> {
  const sb = await fastSandbox({ subscriptionId: String(example.parameters.subscriptionId), seed: seedFor(example) });
  sandbox = sb;
  const scenario = scenarioFor(example);
  const verb = /^(Create|Get|Patch|Delete|List)/.exec(file)?.[1];
  switch (verb) {
    case 'Create':
      if (status === 200) await createAndWait(sb, scenario);
      return armRequest(sb, 'PUT', scenario.resourcePath, scenario.requestBody);
    case 'Get': {
      const created = await createAndWait(sb, scenario);
      if ('operationId' in example.parameters)
        return armRequest(sb, 'GET', String(created.headers['azure-asyncoperation']));
      if (scenario.collection === 'fluxConfigurations') {
        await until(
          `${scenario.resourcePath} to be Compliant`,
          async () =>
            (await armRequest(sb, 'GET', scenario.resourcePath)).body?.properties?.complianceState === 'Compliant',
        );
      }
      return armRequest(sb, 'GET', scenario.resourcePath);
    }
    case 'Patch': {
      await createAndWait(sb, scenario);
      if (status === 202) {
        // The create example already matches the patch; move away from it so the patch changes something.
        const diverge =
          scenario.collection === 'extensions'
            ? { properties: { releaseTrain: 'Stable' } }
            : { properties: { suspend: true } };
        const moved = await armRequest(sb, 'PATCH', scenario.resourcePath, diverge);
        await waitForOperation(sb, String(moved.headers['azure-asyncoperation']));
      }
      return armRequest(sb, 'PATCH', scenario.resourcePath, scenario.requestBody);
    }
    default:
      throw new Error(`${file}: no replay recipe for this operation yet`);
  }
}

describe('published REST examples', () => {
  it('finds the examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of exampleFiles) {
    const example = loadExample(file);
    for (const [statusText, expected] of Object.entries(example.responses)) {
      const status = Number(statusText);
      it(`${file} → ${status}`, async () => {
        const response = await replay(file, example, status);
        expect(response.status, JSON.stringify(response.body)).toBe(status);
        expect(shapeProblems(expected.body, response.body)).toEqual([]);

        const expectedHeaders = Object.keys(expected.headers ?? {}).map((name) => name.toLowerCase());
        for (const header of expectedHeaders) expect(response.headers, `header ${header}`).toHaveProperty(header);
        if (status === 201 || status === 202) expect(response.headers).toHaveProperty('azure-asyncoperation');
        if (expected.headers?.['x-ms-async-operation-timeout']) {
          expect(response.headers['x-ms-async-operation-timeout']).toBe(
            expected.headers['x-ms-async-operation-timeout'],
          );
        }
        // ARM sends the async headers the example shows and no others: a PUT on an existing resource (200) gets
        // only the example's unpollable Operation-Location, so a client must not poll it.
        if (!expectedHeaders.includes('azure-asyncoperation')) {
          expect(response.headers).not.toHaveProperty('azure-asyncoperation');
          if (expectedHeaders.includes('operation-location')) {
            expect(response.headers['operation-location']).toBe(
              `${scenarioFor(example).resourcePath}/operations/{operationId}`,
            );
          }
        }
        const asyncUrl = response.headers['azure-asyncoperation'];
        for (const header of asyncUrl === undefined ? [] : ['azure-asyncoperation', 'operation-location']) {
          const url = response.headers[header];
          if (url === undefined) continue;
          // Unlike the examples' placeholders, the stand-in's URLs must be absolute, on itself, signed and pollable.
          expect(
            String(url)
              .toLowerCase()
              .startsWith(`${sandbox?.url}${scenarioFor(example).resourcePath}/operations/`.toLowerCase()),
          ).toBe(true);
          const operation = await armRequest(sandbox as ArmSandbox, 'GET', String(url));
          expect(operation.status).toBe(200);
          expect(
            shapeProblems(
              loadExample('GetFluxConfigurationAsyncOperationStatus.json').responses['200']?.body,
              operation.body,
            ),
          ).toEqual([]);
          // The same address rebuilt from its path, without the signed query, is not found.
          const rebuilt = await armRequest(sandbox as ArmSandbox, 'GET', new URL(String(url)).pathname);
          expect(rebuilt.status).toBe(404);
        }

        const body = response.body as Record<string, unknown> | undefined;
        const expectedBody = expected.body as Record<string, unknown> | undefined;
        for (const key of ['id', 'name', 'type'] as const) {
          if (typeof expectedBody?.[key] === 'string' && !('operationId' in example.parameters))
            expect(body?.[key]).toBe(expectedBody[key]);
        }
        const expectedStatuses = (
          expectedBody?.properties as { statuses?: { kind: string; name: string }[] } | undefined
        )?.statuses;
        if (file.startsWith('Get') && expectedStatuses) {
          const actualStatuses =
            (body?.properties as { statuses?: { kind: string; name: string }[] } | undefined)?.statuses ?? [];
          expect(actualStatuses.map((s) => `${s.kind}/${s.name}`)).toEqual(
            expectedStatuses.map((s) => `${s.kind}/${s.name}`),
          );
        }
        expect(JSON.stringify(body ?? {})).not.toContain('secretKeyValue01'); // protected settings never come back
      });
    }
  }
});
