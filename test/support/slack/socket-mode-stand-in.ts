import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Slack's Socket Mode endpoint (the URL apps.connections.open hands out): it
 * greets each connection with `hello`, sends envelopes `{envelope_id, type, payload,
 * accepts_response_payload}` and collects the app's acks `{envelope_id, payload}`.
 */
export interface SocketModeStandIn {
  url: string;
  connected(): Promise<void>;
  /** Sends an envelope and resolves with the app's ack payload for it. */
  send(
    type: string,
    payload: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startSocketModeStandIn(): Promise<SocketModeStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const acks = new Map<string, (payload: Record<string, unknown>) => void>();
  let socket: WebSocket | undefined;
  let onConnect: (() => void) | undefined;
  let counter = 0;
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? {});
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FLUXOPS' } }));
    onConnect?.();
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=test`,
    connected: () =>
      socket
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            onConnect = resolve;
          }),
    send(type, payload, extra = {}) {
      const envelopeId = `env-${++counter}`;
      return new Promise((resolve, reject) => {
        if (!socket) return reject(new Error('no Socket Mode connection'));
        const timer = setTimeout(() => reject(new Error(`no ack for ${envelopeId} within 3 s`)), 3_000);
        acks.set(envelopeId, (ackPayload) => {
          clearTimeout(timer);
          resolve(ackPayload);
        });
        socket.send(
          JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true, ...extra }),
        );
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
