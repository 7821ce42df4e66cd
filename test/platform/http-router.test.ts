import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router, sendJson } from '../../src/platform/http-router.ts';
import { startHttpServer } from '../../src/platform/http-server.ts';
import { createLogger } from '../../src/platform/logger.ts';

/** The router over a real HTTP server: route parameters are decoded, and a malformed one is the client's error. */
describe('Router', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;

  beforeAll(async () => {
    const router = new Router();
    router.add('GET', '/things/:name/parts/:part', (_req, res, params) => sendJson(res, 200, params));
    server = await startHttpServer({ router, host: '127.0.0.1', port: 0, logger: createLogger('silent') });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('decodes percent-encoded parameters', async () => {
    const response = await fetch(`${server.url}/things/a%20b/parts/caf%C3%A9`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: 'a b', part: 'café' });
  });

  it.each(['%ZZ', '%', 'ok%E0%A4'])('answers 400 with a JSON error to the malformed parameter %s', async (bad) => {
    const response = await fetch(`${server.url}/things/x/parts/${bad}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: string; example: string };
    expect(body.error).toContain('malformed URL');
    expect(body.error).toContain('%25');
    expect(body.example).toMatch(/^\//);
  });

  it('still answers 404 and 405 as before', async () => {
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/things/x/parts/y`, { method: 'POST' })).status).toBe(405);
  });
});
