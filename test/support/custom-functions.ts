/** What Excel's runtime provides to custom functions, for tests that call them directly. */

/** The error a cell shows as #VALUE! with its message. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Puts `CustomFunctions.Error` on the global object before the tests in the file run. */
export function withCustomFunctionsRuntime(): void {
  beforeAll(() => {
    Object.assign(globalThis, { CustomFunctions: { Error: ExcelError, ErrorCode: { invalidValue: '#VALUE!' } } });
  });
}
