/** True for ARM's 404 (`ResourceNotFound`, `FluxConfigurationNotFound`, `ExtensionNotFound`…). */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: number }).statusCode === 404;
}
