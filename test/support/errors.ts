import { KpiInputError } from '../../src/kpi/errors';

/** The message of the KpiInputError that `run` throws; fails the test if it throws nothing or something else. */
export function errorMessageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiInputError);
    return (error as Error).message;
  }
  throw new Error('expected a KpiInputError, but nothing was thrown');
}
