import type { enHandlers } from '../en/handlers.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/handlers.ts. */
export const jaHandlers: Translation<typeof enHandlers> = {
  'handler.field.compliance': 'コンプライアンス',
};
