import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { until } from '../support/until.ts';

/**
 * A real fluxops process with OTEL_EXPORTER_OTLP_ENDPOINT pointed at an OTLP/HTTP collector stand-in:
 * one command's chat request, its job, the Azure SDK's ARM request and the delivery of its reply
 * arrive as spans of one trace, and the process's log lines for it carry that trace id.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

function startCollector(): Promise<{ server: Server; url: string; spans: OtlpSpan[] }> {
  const spans: OtlpSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      const payload = JSON.parse(body || '{}') as {
        resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[];
      };
      for (const resource of payload.resourceSpans ?? [])
        for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans }),
    ),
  );
}

describe('tracing', () => {
  let main: Started | undefined;
  let collector: Awaited<ReturnType<typeof startCollector>> | undefined;
  afterAll(async () => {
    if (main) await stopMain(main);
    collector?.server.close();
  });

  it('links chat request, job, ARM call and delivery in one trace, and logs its id', async () => {
    collector = await startCollector();
    main = await startMain({ LOG_LEVEL: 'debug', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    const port = main.port;
    const reply = lastReply(
      await chat(`http://127.0.0.1:${port}`, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters'),
    );
    expect(reply.status).toBe('succeeded');
    const spans = collector.spans;
    const request = await until('the chat request span', () => spans.find((s) => s.name === 'fluxops.chat_request'), {
      timeoutMs: 15_000,
    });
    const inTrace = () => spans.filter((s) => s.traceId === request.traceId);
    await until(
      () =>
        `command, ARM and delivery spans in trace ${request.traceId} (have: ${inTrace()
          .map((s) => s.name)
          .join(', ')})`,
      () => {
        const names = inTrace().map((s) => s.name);
        return (
          names.includes('fluxops.command flux.list') && names.includes('HTTP GET') && names.includes('fluxops.deliver')
        );
      },
      { timeoutMs: 15_000 },
    );
    const command = inTrace().find((s) => s.name === 'fluxops.command flux.list');
    expect(command?.parentSpanId).toBe(request.spanId);
    // The Azure SDK's span of the ARM request sits under the command's span.
    expect(inTrace().find((s) => s.name === 'HTTP GET')?.parentSpanId).toBe(command?.spanId);
    expect(main.stdout()).toContain(`"trace_id":"${request.traceId}"`);
  }, 60_000);
});
