/**
 * What Excel's custom-functions runtime provides to src/functions when tests call the
 * functions directly: CustomFunctions.Error, the error a cell shows as #VALUE! with its message.
 */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Puts the runtime's CustomFunctions global in place for the test file. */
export function provideCustomFunctionsRuntime(): void {
  beforeAll(() => {
    Object.assign(globalThis, { CustomFunctions: { Error: ExcelError, ErrorCode: { invalidValue: '#VALUE!' } } });
  });
}
