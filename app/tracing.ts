import * as coreTracing from '@azure/core-tracing';
import { createAzureSdkInstrumentation } from '@azure/opentelemetry-instrumentation-azure-sdk';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Logger } from '../src/platform/logger.ts';

/**
 * Tracing, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: spans go to that OTLP/HTTP collector
 * (`…/v1/traces`), the Azure SDK's own spans (each ARM request) join them, and W3C trace context
 * crosses the queues (src/platform/tracing.ts). Returns the flush to run before the process exits.
 */
export function startTracing(
  env: Record<string, string | undefined>,
  role: string,
  logger: Logger,
): () => Promise<void> {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return async () => {};
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'fluxops', 'fluxops.role': role }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }), {
        scheduledDelayMillis: 500,
      }),
    ],
  });
  provider.register();
  // The Azure SDK's spans: the instrumentation hands @azure/core-tracing its OpenTelemetry instrumenter.
  // It does so by patching the module on `require`, which never happens for the ESM build fluxops loads,
  // so the same patch is applied here to the very module instance the SDK uses.
  const azure = createAzureSdkInstrumentation();
  registerInstrumentations({ tracerProvider: provider, instrumentations: [azure] });
  (azure as unknown as { init(): { patch?: (module: typeof coreTracing) => unknown } }).init().patch?.(coreTracing);
  logger.info({ endpoint }, 'tracing on: spans go to the OTLP collector');
  return async () => {
    await provider.shutdown().catch((error: unknown) => logger.warn({ err: String(error) }, 'trace flush failed'));
  };
}
