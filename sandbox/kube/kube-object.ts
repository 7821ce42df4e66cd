// The wire shape every object in the kube stand-in has. Kept loose on purpose (JSON in, JSON out):
// the stand-in stores what clients send and only reads the fields Kubernetes itself manages.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

interface ObjectMeta {
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion: string;
  generation?: number;
  creationTimestamp: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: JsonMap;
  status?: JsonMap;
  [key: string]: unknown;
}

/** A Kubernetes `Status` body, as errors and watch ERROR events carry it. */
export function statusBody(code: number, reason: string, message: string): JsonMap {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

/** An object as written to the store: the server fills uid, resourceVersion, generation and timestamps. */
export interface UnsavedObject {
  apiVersion: string;
  kind: string;
  metadata: Partial<ObjectMeta>;
  spec?: JsonMap;
  status?: JsonMap;
  [key: string]: unknown;
}
