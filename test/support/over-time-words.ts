/**
 * Word columns as the over-time step writes them (KPI.VARIATION's and KPI.ASSURANCE's words,
 * "Not rated" where a measure has too few points, a blank where a row is not a measure), on
 * a sheet of their own, and the matrix's counts worked out from the words by hand rules:
 * a variation row takes the words that start with its label, high and low together.
 */
import { type CellValue } from '../../src/kpi/cell';
import { type GridSheet } from '../../src/excel/file-host';
import { MATRIX_COLUMNS, MATRIX_ROWS } from '../../src/plan/spc-summary';
import { type OverTimeMatrix } from '../../src/plan/summary-plan';

export const OVER_TIME_SHEET = 'Over time words';

const PAIRS: [string | null, string | null][] = [
  ['Special cause improving (high)', 'Consistently passing'],
  ['Special cause improving (low)', 'Hit and miss'],
  ['Special cause concerning (low)', 'Consistently failing'],
  ['Special cause concerning (high)', 'Hit and miss'],
  ['Special cause neutral (high)', 'No target'],
  ['Common cause', 'Hit and miss'],
  ['Common cause', 'Consistently passing'],
  ['Common cause', 'Hit and miss'],
  ['Not rated', 'Not rated'],
  [null, null],
  ['Common cause', 'No target'],
  ['special cause improving (HIGH)', 'consistently passing'],
];

export const OVER_TIME_WORDS = { variation: PAIRS.map(([v]) => v as CellValue), assurance: PAIRS.map(([, a]) => a as CellValue) };

export function overTimeGrid(): GridSheet {
  return { sheet: OVER_TIME_SHEET, rows: [['Variation', 'Assurance'], ...PAIRS] };
}

export const OVER_TIME: OverTimeMatrix = {
  variation: `'${OVER_TIME_SHEET}'!$A$2:$A$${PAIRS.length + 1}`,
  assurance: `'${OVER_TIME_SHEET}'!$B$2:$B$${PAIRS.length + 1}`,
  words: OVER_TIME_WORDS,
};

/** The matrix's numbers by hand: [row][column], the row totals last, then the column totals and the count of all words. */
export function expectedMatrix(): number[][] {
  const lower = (cell: CellValue) => (typeof cell === 'string' ? cell.toLowerCase() : null);
  const inRow = (i: number, label: string) => lower(PAIRS[i][0])?.startsWith(label.toLowerCase()) ?? false;
  const inColumn = (i: number, label: string) => lower(PAIRS[i][1]) === label.toLowerCase();
  const rows = PAIRS.map((_, i) => i);
  const body = MATRIX_ROWS.map(([label]) => [
    ...MATRIX_COLUMNS.map((column) => rows.filter((i) => inRow(i, label) && inColumn(i, column)).length),
    rows.filter((i) => inRow(i, label)).length,
  ]);
  const totals = [...MATRIX_COLUMNS.map((column) => rows.filter((i) => inColumn(i, column)).length), rows.filter((i) => PAIRS[i][0] !== null).length];
  return [...body, totals];
}
