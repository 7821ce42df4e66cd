// A raw HTTPS request to the ARM sandbox, for asserting headers and bodies the SDK hides.
import { request } from 'node:https';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import { until } from '../until.ts';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON
  body: any;
}

/** One HTTPS request to the sandbox with a bearer token; `?api-version=2023-05-01` is added unless present. */
export function armRequest(
  sandbox: ArmSandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: 'Bearer test-token' },
): Promise<RawResponse> {
  const url = new URL(path.startsWith('http') ? path : `${sandbox.url}${path}`);
  if (!url.searchParams.has('api-version') && !path.includes('api-version'))
    url.searchParams.set('api-version', '2023-05-01');
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method,
        ca: sandbox.caPem,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Polls an Azure-AsyncOperation URL until the operation leaves Running. */
export async function waitForOperation(sandbox: ArmSandbox, asyncOperationUrl: string): Promise<RawResponse> {
  return until(
    `operation ${asyncOperationUrl} to finish`,
    async () => {
      const response = await armRequest(sandbox, 'GET', asyncOperationUrl);
      return response.body?.status !== 'Running' && response;
    },
    { intervalMs: 5 },
  );
}
