import type { enHandlers } from '../en/handlers.ts';
import type { Translation } from '../translation.ts';

/** Français : see en/handlers.ts. */
export const frHandlers: Translation<typeof enHandlers> = {
  'handler.field.compliance': 'Conformité',
};
