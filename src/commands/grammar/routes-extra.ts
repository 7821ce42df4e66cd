/**
 * Routes added after the first slice: kustomizations, deployed objects, extension short forms,
 * in-cluster operations and alerts.
 */
import type { Branch, Leaf } from './routes.ts';

export const EXTRA_ROUTES: { flux: Record<string, Leaf | Branch>; root: Record<string, Leaf | Branch> } = {
  flux: {},
  root: {},
};
