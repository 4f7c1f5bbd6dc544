/**
 * Adapting Excel's arguments to the engine and its answers back to Excel.
 *
 * Every range-capable argument arrives as a 2-D array; an omitted optional one as null.
 * A single cell broadcasts against a range, and a range spills a result of its shape.
 * An input the analyst can fix becomes a #VALUE! error carrying the engine's message;
 * a problem in one row is that row's error, not the whole column's.
 */
import { type CellValue } from '../kpi/cell';
import { KpiInputError } from '../kpi/errors';

/** What Excel passes for a range-capable parameter (null when the optional argument is omitted). */
export type ExcelMatrix = unknown[][] | null | undefined;
export type ExcelResult = unknown;

const UNEXPECTED =
  'The KPI add-in could not compute this cell. Check the inputs; if they look right, report the formula to the add-in team.';

/** The Excel error for anything thrown while computing: a message for #VALUE!, never a raw exception. */
export function excelError(error: unknown): CustomFunctions.Error {
  const message = error instanceof KpiInputError ? error.message : UNEXPECTED;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** An Excel error passed in a cell (e.g. #DIV/0! in a range) cannot be rated. */
function isExcelErrorValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One cell as the engine reads it. */
export function toCell(value: unknown, name: string): CellValue {
  if (value == null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isExcelErrorValue(value)) throw new KpiInputError(`${name} holds an Excel error value; fix that cell first.`);
  throw new KpiInputError(`${name} is not a single value.`);
}

/** A matrix argument as rows × columns; an omitted argument is one blank cell. */
function asMatrix(argument: ExcelMatrix, name: string): unknown[][] {
  if (argument == null) return [[null]];
  if (!Array.isArray(argument) || argument.length === 0 || !Array.isArray(argument[0]) || argument[0].length === 0) {
    // Excel always passes at least one cell; anything else is a caller's mistake, not a crash.
    if (!Array.isArray(argument)) return [[argument]];
    throw new KpiInputError(`${name} is empty. Give a cell or a range.`);
  }
  return argument;
}

function shapeOf(matrix: unknown[][]): [number, number] {
  return [matrix.length, matrix[0].length];
}

/**
 * Calls `compute` once per cell of the broadcast shape of the named arguments. A fixable
 * input error in one cell becomes that cell's #VALUE!; mismatched range shapes are an
 * error for the whole call, thrown as an Excel error.
 */
export function mapCells<R>(
  argumentsByName: Record<string, ExcelMatrix>,
  compute: (cells: Record<string, CellValue>) => R,
): (R | CustomFunctions.Error)[][] {
  const names = Object.keys(argumentsByName);
  const matrices = names.map((name) => asMatrix(argumentsByName[name], name));
  let rows = 1;
  let columns = 1;
  let shapeFrom = '';
  for (let i = 0; i < names.length; i++) {
    const [r, c] = shapeOf(matrices[i]);
    if (r === 1 && c === 1) continue;
    if (shapeFrom === '') {
      [rows, columns, shapeFrom] = [r, c, names[i]];
    } else if (r !== rows || c !== columns) {
      throw new KpiInputError(
        `Ranges must be the same size: ${shapeFrom} is ${rows}×${columns} but ${names[i]} is ${r}×${c}. ` +
          `Give ranges of the same size, or a single cell to use for every row.`,
      );
    }
  }
  // Every row and column must exist in a ragged array too, so check widths as we go.
  const result: (R | CustomFunctions.Error)[][] = new Array(rows);
  const cells: Record<string, CellValue> = {};
  for (let r = 0; r < rows; r++) {
    const out: (R | CustomFunctions.Error)[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      try {
        for (let i = 0; i < names.length; i++) {
          const matrix = matrices[i];
          const single = matrix.length === 1 && matrix[0].length === 1;
          cells[names[i]] = toCell(single ? matrix[0][0] : matrix[r]?.[c], names[i]);
        }
        out[c] = compute(cells);
      } catch (error) {
        out[c] = excelError(error);
      }
    }
    result[r] = out;
  }
  return result;
}

/**
 * Runs a whole custom function so that nothing but an Excel value or an Excel error ever
 * leaves it: whole-call problems (mismatched ranges, too few comparators) become #VALUE!.
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw excelError(error);
  }
}

/** A result number Excel can hold; the engine never produces others, so this is a last guard. */
export function finite(value: number): number {
  if (!Number.isFinite(value)) throw new Error('non-finite result');
  return value;
}

/** Every non-blank cell of a range, row by row (comparators lists need no shape). */
export function allCells(argument: ExcelMatrix, name: string): CellValue[] {
  const cells: CellValue[] = [];
  for (const row of asMatrix(argument, name)) for (const value of row) cells.push(isExcelErrorValue(value) ? null : toCell(value, name));
  return cells;
}
