import { context, propagation, type Span, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Spans of a command's way through fluxops — chat request → job → ARM calls → reply — and the
 * W3C trace context that carries them across the queues. Without a tracer provider (tracing off,
 * the default) every call here is OpenTelemetry's no-op: nothing is recorded, carriers stay empty.
 */
const tracer = trace.getTracer('fluxops');

/** The trace context a queued job or message carries (W3C `traceparent`/`tracestate`). */
export type TraceCarrier = Record<string, string>;

/** The active span's context, to put into a job; undefined when nothing is traced. */
export function currentTraceCarrier(): TraceCarrier | undefined {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : undefined;
}

/** The active span's trace id, for log lines; undefined when nothing is traced. */
export function activeTraceId(): string | undefined {
  const span = trace.getSpan(context.active());
  const id = span?.spanContext().traceId;
  return id && !/^0+$/.test(id) ? id : undefined;
}

/**
 * Runs `work` inside a new span, child of `parent` (a carrier from a job) or of the active span.
 * A failure marks the span as an error and is re-thrown unchanged.
 */
export async function inSpan<T>(
  name: string,
  attributes: Record<string, string>,
  work: (span: Span) => Promise<T>,
  parent?: TraceCarrier,
): Promise<T> {
  const base = parent ? propagation.extract(context.active(), parent) : context.active();
  return tracer.startActiveSpan(name, { attributes }, base, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
