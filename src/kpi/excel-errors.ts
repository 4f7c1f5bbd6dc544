/**
 * Excel's error values as they reach the engine in text: the Excel host reads a cell showing
 * #N/A as the string "#N/A". Read as words they pass for others ("#N/A" is the polarity word
 * N/A once its punctuation goes), so the readers of a row's rule (polarity, target,
 * tolerances) refuse them first, naming the error: the cell's formula needs fixing, and no
 * rule can judge it. An actual that is an error stays No data (a lookup that found nothing),
 * as the portable formulas show it.
 */
import { type CellValue } from './cell';
import { KpiInputError } from './errors';

const EXCEL_ERRORS = [
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#TIMEOUT!',
];

const BY_TEXT = new Map(EXCEL_ERRORS.map((code) => [code.toLowerCase(), code]));

/** The Excel error a cell holds ("#N/A"), or null for any other value. */
export function excelErrorIn(cell: CellValue): string | null {
  return typeof cell === 'string' ? (BY_TEXT.get(cell.trim().toLowerCase()) ?? null) : null;
}

/** Throws when the cell holds an Excel error; `what` names the cell: "polarity", "target", "amber tolerance". */
export function refuseExcelError(cell: CellValue, what: string): void {
  const code = excelErrorIn(cell);
  if (code !== null) throw new KpiInputError(`The ${what} cell holds the Excel error ${code}: fix that cell, or its formula, first.`);
}
