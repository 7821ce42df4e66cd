// The request shape both child collections of a cluster share (extensions, fluxConfigurations):
// the collection answers GET with a page, a member answers GET/PUT/PATCH/DELETE, anything else is 405.

import { ArmError, childNotFound } from './errors.ts';
import { childResourceId } from './model.ts';
import { type HandlerRequest, type HandlerResponse, listPage, type StandInState } from './stand-in-state.ts';

export function methodNotAllowed(method: string): ArmError {
  return new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);
}

interface Stored<R> {
  resource: R;
}

/** What one child collection supplies; the route does the rest. */
export interface ChildResourceRoute<S extends Stored<unknown>> {
  collection: 'extensions' | 'fluxConfigurations';
  all(context: StandInState, request: HandlerRequest): S[];
  find(context: StandInState, id: string): S | undefined;
  put(
    context: StandInState,
    request: HandlerRequest,
    id: string,
    name: string,
    existing: S | undefined,
  ): HandlerResponse;
  patch(context: StandInState, request: HandlerRequest, name: string, existing: S | undefined): HandlerResponse;
  delete(context: StandInState, request: HandlerRequest, existing: S | undefined): HandlerResponse;
}

export function routeChildResource<S extends Stored<unknown>>(
  route: ChildResourceRoute<S>,
  context: StandInState,
  request: HandlerRequest,
): HandlerResponse {
  const name = request.address.resourceName;
  if (name === undefined) {
    if (request.method !== 'GET') throw methodNotAllowed(request.method);
    const items = route.all(context, request).map((stored) => structuredClone(stored.resource));
    return { status: 200, body: listPage(items, request, context.timing.listPageSize) };
  }
  const id = childResourceId(request.cluster, route.collection, name);
  const existing = route.find(context, id.toLowerCase());
  switch (request.method) {
    case 'GET':
      if (!existing) throw childNotFound(request.cluster, route.collection, name);
      return { status: 200, body: structuredClone(existing.resource) };
    case 'PUT':
      return route.put(context, request, id, name, existing);
    case 'PATCH':
      return route.patch(context, request, name, existing);
    case 'DELETE':
      return route.delete(context, request, existing);
    default:
      throw methodNotAllowed(request.method);
  }
}
