import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChat } from '../../support/console/run-chat.ts';

/**
 * The console client against a server that accepts the connection and never answers: it gives up
 * after FLUXOPS_ANSWER_WAIT with a message in the terminal's language naming the URL and what to
 * check, and exit code 3. The bound is on silence before the first line only: a command whose later
 * lines come after longer than that still ends normally.
 */
const listening = (server: Server | HttpServer) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const closed = (server: Server | HttpServer) => new Promise((resolve) => server.close(resolve));

describe('console client and a silent server', () => {
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  // Answers the first line at once and the final one after 1.5 s, as a running command does.
  const slow = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.write(
        `${JSON.stringify({ type: 'reply', key: 'ack', final: false, reply: { title: 'queued', status: 'queued' } })}\n`,
      );
      setTimeout(() => {
        res.write(
          `${JSON.stringify({ type: 'reply', key: 'j1', final: true, reply: { title: 'all done', status: 'succeeded' } })}\n`,
        );
        res.end(`${JSON.stringify({ type: 'end', reason: 'done' })}\n`);
      }, 1_500);
    });
  });
  let silentUrl: string;
  let slowUrl: string;

  beforeAll(async () => {
    silentUrl = await listening(silent);
    slowUrl = await listening(slow);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all([closed(silent), closed(slow)]);
  });

  it('gives up on silence with the URL, what to check and exit 3', async () => {
    const started = Date.now();
    const { out, code } = await runChat(silentUrl, ['flux list'], '', { FLUXOPS_ANSWER_WAIT: '500ms' });
    expect(out).toContain(`No answer from ${silentUrl} in 0.5 s`);
    expect(out).toContain('FLUXOPS_URL');
    expect(code, out).toBe(3);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('says so in the terminal language', async () => {
    const env = { FLUXOPS_ANSWER_WAIT: '500ms', LANG: 'ja_JP.UTF-8', LC_ALL: undefined };
    const { out, code } = await runChat(silentUrl, ['flux list'], '', env);
    expect(out).toContain(`${silentUrl} から 0.5 秒以内に応答がありません`);
    expect(code, out).toBe(3);
  }, 30_000);

  it('waits as long as the command runs once its first line came', async () => {
    const { out, code } = await runChat(slowUrl, ['flux list'], '', { FLUXOPS_ANSWER_WAIT: '300ms' });
    expect(out).toContain('✅ all done');
    expect(code, out).toBe(0);
  }, 30_000);
});
