import type { Command } from '../../src/commands/types.ts';
import type { Handler } from '../handler.ts';
import { extensionList } from './extension-list.ts';
import { extensionShow } from './extension-show.ts';
import { fluxList } from './flux-list.ts';
import { fluxShow } from './flux-show.ts';

/** One handler per job kind. Kinds missing here are answered "not available yet" by the worker. */
export const HANDLERS: Partial<Record<Command['kind'], Handler>> = {
  'flux.list': fluxList as Handler,
  'flux.show': fluxShow as Handler,
  'extension.show': extensionShow as Handler,
  'extension.list': extensionList as Handler,
};
