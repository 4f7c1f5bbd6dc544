/**
 * Where the "Over time" step's two word columns are, for the variation × assurance matrix
 * the summary writes beside the RAG table: absolute ranges over the table's body rows, with
 * the sheet, so the matrix's COUNTIFS keep counting the same cells wherever they are copied.
 */
import { columnLetters, sheetAddress } from '../excel/a1';
import { type TableSnapshot } from '../excel/workbook-host';
import { ownedColumns } from './apply-plan';
import { type KpiSettings } from './settings';
import { type MatrixRanges } from './spc-summary';
import { type OverTimeMatrix } from './summary-plan';
import { cellAt } from './table-model';

/** The word columns' ranges while both are still where the step wrote them, else null (no matrix). */
export function overTimeRanges(table: TableSnapshot, settings: KpiSettings | null): MatrixRanges | null {
  const owned = ownedColumns(table, settings);
  const column = (kind: 'variation' | 'assurance') => owned.find((added) => added.kind === kind)?.column;
  const [variation, assurance] = [column('variation'), column('assurance')];
  if (variation === undefined || assurance === undefined || table.location.rowCount < 1) return null;
  const first = table.location.headerRow + 2;
  const last = table.location.headerRow + 1 + table.location.rowCount;
  const range = (at: number) => sheetAddress(table.location.sheet, `$${columnLetters(at)}$${first}:$${columnLetters(at)}$${last}`);
  return { variation: range(variation), assurance: range(assurance) };
}

/**
 * The summary request's `overTime` field, when the word columns exist. Spread into the
 * request, so the matrix is asked for wherever planSummary takes it (SummaryRequest.overTime,
 * the seam agreed with the summary's branch).
 */
export function overTimeField(table: TableSnapshot, settings: KpiSettings | null): { overTime?: OverTimeMatrix } {
  const ranges = overTimeRanges(table, settings);
  if (ranges === null) return {};
  const owned = ownedColumns(table, settings);
  // What the word cells show now, for each matrix formula's cached count.
  const words = (kind: 'variation' | 'assurance') => {
    const column = owned.find((added) => added.kind === kind)!.column - table.location.firstColumn;
    return table.values.map((_, row) => cellAt(table, row, column));
  };
  return { overTime: { ...ranges, words: { variation: words('variation'), assurance: words('assurance') } } };
}
