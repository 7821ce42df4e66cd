/**
 * An ARM long-running operation that ended Failed or Canceled. ARM accepted the request, so trying
 * again would only repeat the failure: the worker treats it as final and shows code, message and
 * details (e.g. `ResourceOperationFailure` with detail `ExtensionCreationFailed`).
 */
export class ArmOperationError extends Error {
  override readonly name = 'ArmOperationError';

  constructor(
    readonly code: string,
    message: string,
    readonly armDetails: { code: string; message: string }[],
    readonly operationId: string,
  ) {
    super(message);
  }
}
