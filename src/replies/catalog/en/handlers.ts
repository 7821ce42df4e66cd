/**
 * English texts of the replies job handlers build (jobs/handlers): progress lines, results, field labels.
 * Keys: `handler.<kind or shared topic>.<what>`.
 */
export const enHandlers = {
  'handler.field.compliance': 'Compliance',
} satisfies Record<string, string>;
