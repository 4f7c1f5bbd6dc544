/**
 * Reading a `TableSnapshot` through Office.js in as many syncs as its size needs. The body
 * is loaded in chunks of rows, each chunk's estimated response inside the payload budget;
 * formulas the caller already knows (the cells an Apply just wrote) are not loaded at all,
 * so reading a table back after a write costs little more than its values.
 */
import { type CellValue } from '../kpi/cell';
import { SHEET_COLUMNS } from './a1';
import { type PayloadSyncs, jsonBytes, rowChunks } from './office-payload';
import { COLUMNS_READ_BEYOND_TABLE, type ColumnValidation, type TableLocation, type TableSnapshot } from './workbook-host';

/** Guessed bytes of one cell's value, formula or number format when nothing is known of the table. */
export const DEFAULT_CELL_BYTES = 16;

/**
 * For a column whose cells are known without reading them: body row i's content as
 * `formulas` gives it (its formula, else its value as text; "" when empty).
 */
export type KnownCells = ReadonlyMap<number, (row: number) => string>;

/** A cell as `values` gives it, as the engine takes it: an empty cell is null. */
export function toCellValue(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** What a loaded `DataValidation` holds, as the planner reads it. */
function toColumnValidation(validation: Excel.DataValidation): ColumnValidation {
  if (validation.type === 'None') return { kind: 'none' };
  // A list's source is text (its words, or the address of a range of them); a Range object is not one the add-in wrote.
  const source: unknown = validation.type === 'List' ? validation.rule.list?.source : undefined;
  return typeof source === 'string' ? { kind: 'list', source } : { kind: 'other' };
}

/** Bytes a row of a table like `table` loads (values, formulas, number formats, the cells beyond), with room to spare. */
export function rowBytesLike(table: TableSnapshot, extraColumns = 0): number {
  let most = 0;
  table.values.forEach((values, r) => {
    const formulas = values.map((value, c) => table.formulas[r]?.[c] ?? value);
    const bytes = jsonBytes(values) + jsonBytes(formulas) + jsonBytes(table.numberFormats[r]) + jsonBytes(table.beyond[r + 1]);
    most = Math.max(most, bytes);
  });
  return Math.ceil(most * 1.25) + (extraColumns + 1) * 3 * DEFAULT_CELL_BYTES;
}

/** Bytes a row of `columnCount` columns loads when nothing is known of what it holds. */
export function guessedRowBytes(columnCount: number): number {
  return (columnCount * 3 + COLUMNS_READ_BEYOND_TABLE) * DEFAULT_CELL_BYTES;
}

/** Consecutive runs [first, last] of the columns from..to (absolute) whose formulas must be loaded. */
function unknownRuns(from: number, to: number, known: KnownCells): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = from; c <= to; c++) {
    if (known.has(c)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

type Grid = unknown[][];

/** The loads of one chunk of body rows. */
interface QueuedChunk {
  start: number;
  body: Excel.Range;
  /** Over the table's unknown columns, one range per run (the body itself when all are unknown). */
  formulas: Excel.Range[];
  /** Over the unknown columns beyond the table, one range per run. */
  beyond: Excel.Range[];
}

interface QueuedSnapshot {
  location: TableLocation;
  header: Excel.Range;
  /** The row above the header (a two-row header's roles), or null at the sheet's first row. */
  above: Excel.Range | null;
  headerBeyond: Excel.Range | null;
  validations: Excel.DataValidation[];
  chunks: QueuedChunk[];
  runs: [number, number][];
  beyondRuns: [number, number][];
  known: KnownCells;
}

/** Row `r` of a chunk, columns from..to, as `formulas` text: loaded by `ranges` over `runs`, or known. */
function rowOf(known: KnownCells, ranges: Excel.Range[], runs: [number, number][], [from, to]: [number, number], r: number, bodyRow: number): unknown[] {
  const loaded = ranges.map((range) => (range.formulas as Grid)[r]);
  const cells: unknown[] = [];
  for (let c = from; c <= to; c++) {
    const knownColumn = known.get(c);
    const run = runs.findIndex(([first, last]) => c >= first && c <= last);
    cells.push(knownColumn ? knownColumn(bodyRow) : loaded[run][c - runs[run][0]]);
  }
  return cells;
}

/** The snapshot the loads hold, once synced. */
function buildSnapshot({ location, header, above, headerBeyond, validations, chunks, runs, beyondRuns, known }: QueuedSnapshot): TableSnapshot {
  const end = location.firstColumn + location.columnCount;
  const beyondColumns: [number, number] = [end, end + ((headerBeyond?.formulas as Grid | undefined)?.[0].length ?? 0) - 1];
  const values: Grid = [];
  const numberFormats: Grid = [];
  const formulas: (string | null)[][] = [];
  const beyond: Grid = [headerBeyond === null ? [] : (headerBeyond.formulas as Grid)[0]];
  for (const chunk of chunks) {
    (chunk.body.values as Grid).forEach((row, r) => {
      values.push(row);
      numberFormats.push((chunk.body.numberFormat as Grid)[r]);
      const bodyRow = chunk.start + r;
      const rowFormulas = rowOf(known, chunk.formulas, runs, [location.firstColumn, end - 1], r, bodyRow);
      formulas.push(rowFormulas.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
      beyond.push(rowOf(known, chunk.beyond, beyondRuns, beyondColumns, r, bodyRow));
    });
  }
  return {
    location,
    headers: (header.values as Grid)[0].map(toText),
    ...(above === null ? {} : { headerAbove: (above.values as Grid)[0].map(toText) }),
    values: values.map((row) => row.map(toCellValue)),
    formulas,
    numberFormats: numberFormats.map((row) => row.map(toText)),
    validations: validations.map(toColumnValidation),
    beyond: beyond.map((row) => row.map(toText)),
  };
}

/**
 * Queues the loads of a snapshot of `location`, syncing as the budget needs (the last loads
 * may still be queued); the returned function builds it once they have been synced.
 */
export async function queueSnapshot(
  context: Excel.RequestContext,
  syncs: PayloadSyncs,
  location: TableLocation,
  rowBytes: number,
  known: KnownCells = new Map(),
): Promise<() => TableSnapshot> {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const { headerRow, firstColumn, columnCount, rowCount } = location;
  const beyondCount = Math.max(0, Math.min(COLUMNS_READ_BEYOND_TABLE, SHEET_COLUMNS - (firstColumn + columnCount)));
  await syncs.room(0, (columnCount + beyondCount) * DEFAULT_CELL_BYTES * 4);
  const header = sheet.getRangeByIndexes(headerRow, firstColumn, 1, columnCount).load('values');
  const above = headerRow > 0 ? sheet.getRangeByIndexes(headerRow - 1, firstColumn, 1, columnCount).load('values') : null;
  const headerBeyond = beyondCount > 0 ? sheet.getRangeByIndexes(headerRow, firstColumn + columnCount, 1, beyondCount).load('formulas') : null;
  // One range per column: a range over several columns reports their rules only as "Inconsistent".
  const validations: Excel.DataValidation[] = [];
  for (let i = 0; i < columnCount; i++) {
    await syncs.room(0, 1000);
    validations.push(sheet.getRangeByIndexes(headerRow + 1, firstColumn + i, rowCount, 1).dataValidation.load('type, rule'));
  }
  const end = firstColumn + columnCount;
  const runs = unknownRuns(firstColumn, end - 1, known);
  const beyondRuns = unknownRuns(end, end + beyondCount - 1, known);
  const chunks: QueuedChunk[] = [];
  for (const [start, count] of rowChunks(rowCount, rowBytes)) {
    await syncs.room(0, count * rowBytes);
    const first = headerRow + 1 + start;
    const body = sheet.getRangeByIndexes(first, firstColumn, count, columnCount);
    // Nothing known: the body's formulas come with its values, from the same range.
    const whole = runs.length === 1 && runs[0][0] === firstColumn && runs[0][1] === end - 1;
    chunks.push({
      start,
      body: body.load(whole ? 'values, formulas, numberFormat' : 'values, numberFormat'),
      formulas: whole ? [body] : runs.map(([from, to]) => sheet.getRangeByIndexes(first, from, count, to - from + 1).load('formulas')),
      beyond: beyondRuns.map(([from, to]) => sheet.getRangeByIndexes(first, from, count, to - from + 1).load('formulas')),
    });
  }
  const queued: QueuedSnapshot = { location, header, above, headerBeyond, validations, chunks, runs, beyondRuns, known };
  return () => buildSnapshot(queued);
}
