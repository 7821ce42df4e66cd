import { createServer, type Server } from 'node:http';
import { type Router, sendJson } from './http-router.ts';
import type { Logger } from './logger.ts';

/** Starts the one HTTP server and resolves once it listens; `port` 0 picks a free port. */
export async function startHttpServer(options: {
  router: Router;
  host: string;
  port: number;
  logger: Logger;
}): Promise<{ server: Server; url: string; close(): Promise<void> }> {
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
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
