import { createServer, type Server } from 'node:http';
import { type Router, sendJson } from './http-router.ts';
import type { Logger } from './logger.ts';

/**
 * Starts an HTTP server and resolves once it listens; `port` 0 picks a free port. `bound` is the
 * address it really listens on (`0.0.0.0:3978`), `url` where this machine reaches it.
 */
export async function startHttpServer(options: {
  router: Router;
  host: string;
  port: number;
  logger: Logger;
}): Promise<{ server: Server; url: string; bound: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    options.router.handle(req, res).catch((error: unknown) => {
      options.logger.error(
        { err: error instanceof Error ? error.message : String(error), url: req.url },
        'route failed',
      );
      sendJson(res, 500, { error: 'internal error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const boundHost = typeof address === 'object' && address ? address.address : options.host;
  // `url` is where this machine reaches the server; `bound` is what it really listens on.
  const host = boundHost === '0.0.0.0' || boundHost === '::' ? '127.0.0.1' : boundHost;
  const shown = (h: string) => (h.includes(':') ? `[${h}]` : h);
  return {
    server,
    url: `http://${shown(host)}:${port}`,
    bound: `${shown(boundHost)}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
