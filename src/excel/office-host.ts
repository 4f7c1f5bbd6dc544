/**
 * `WorkbookHost` on Excel, through Office.js. Each method is one `Excel.run` batch with a
 * fixed number of `context.sync()` round trips whatever the size of the table, until Excel
 * on the web's 5 MB cap on a request or a response forces a split: every per-column and
 * per-cell command is queued first and sent in one go, because Excel on the web pays a
 * network round trip per sync, and a sync is cut only where the payload budget needs it
 * (office-payload.ts).
 *
 * Requirement sets: ExcelApi 1.10 for outline grouping (checked, and skipped without it);
 * everything else is ExcelApi 1.9 or lower (`Range.getTables`, `Range.autoFill`).
 */
import { type CellValue } from '../kpi/cell';
import { cellAddress, columnLetters, columnsAddress } from './a1';
import { basisCheck } from './changed-cells';
import { a1FormulaOf } from './formula-refs';
import { COMMAND_BYTES, PayloadSyncs, isResponseTooLarge, jsonBytes, rowChunks } from './office-payload';
import { type KnownCells, guessedRowBytes, queueSnapshot, rowBytesLike, toCellValue } from './office-snapshot';
import { equalsWordFormula } from './word-rule';
import { chartsProblem, summaryProblem } from './write-checks';
import { NO_TABLE_REASONS, headerlessTableReason, locationAfterRemoval, missingSheetReason, regionTable } from './table-finding';
import {
  SETTINGS_KEY,
  type ApplyResult,
  type CellWrite,
  type ChartSeriesWrite,
  type ColumnGroupWrite,
  type ListValidationWrite,
  type PageSetupWrite,
  type ReadTableResult,
  type SummaryCell,
  type SummaryWrite,
  type TableLocation,
  type TableSnapshot,
  type WorkbookChanges,
  type WorkbookHost,
  type WorkbookRemoval,
  type XmrChartWrite,
} from './workbook-host';

/** Runs one batch against the workbook: `Excel.run` in Excel, a fake context in tests. */
export type ExcelBatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type RequirementCheck = (setName: string, minVersion: string) => boolean;

/** Range.group / hideGroupDetails / ungroup. */
export const OUTLINE_REQUIREMENT = { set: 'ExcelApi', version: '1.10' } as const;

/**
 * The column groups this host made, kept beside the add-in's settings. Excel cannot report
 * outline levels, and grouping grouped columns again nests another level, so Apply groups
 * only what is not recorded here and Remove ungroups only what is.
 */
export const OUTLINE_SETTINGS_KEY = `${SETTINGS_KEY}.outline`;

/** Excel refuses a list validation whose comma-separated source is longer than this. */
const LIST_SOURCE_LIMIT = 255;


/** Text Excel would not keep as written when it arrives through `Range.values`. */
const READ_AS_TYPED = /\d|^[=+\-@#']|^(true|false)$/i;

/**
 * A value for `Range.values`: Excel clears a cell given "", and reads text as if typed, so
 * "5%" would become 0.05 (turning a relative tolerance into five hundredths) and "1,156" a
 * number. Such text goes with a leading apostrophe, which Excel keeps as the cell's prefix,
 * not in its value.
 */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' && READ_AS_TYPED.test(value.trim()) ? `'${value}` : value;
}

/**
 * A stretch of one column written with one range: consecutive cells of the same kind, none
 * null. A `fill` run is one R1C1 formula for every cell, written once and filled down.
 */
export interface CellRun {
  /** Body row of the first cell. */
  start: number;
  kind: 'formulas' | 'values' | 'fill';
  /** One entry per row, one column wide, as Office.js takes 2-D arrays. */
  cells: (string | number | boolean)[][];
}

function runEntry(cell: CellWrite): { kind: CellRun['kind']; entry: string | number | boolean } {
  if ('formula' in cell) return { kind: 'formulas', entry: cell.formula };
  if ('formulaR1C1' in cell) return { kind: 'fill', entry: cell.formulaR1C1 };
  return { kind: 'values', entry: toExcelValue(cell.value) };
}

/** Splits a column of writes into runs, skipping nulls (cells left as they are); a fill run holds one formula. */
export function cellRuns(cells: readonly (CellWrite | null)[]): CellRun[] {
  const runs: CellRun[] = [];
  let current: CellRun | null = null;
  cells.forEach((cell, row) => {
    if (cell === null) {
      current = null;
      return;
    }
    const { kind, entry } = runEntry(cell);
    if (current === null || current.kind !== kind || (kind === 'fill' && current.cells[0][0] !== entry)) {
      current = { start: row, kind, cells: [] };
      runs.push(current);
    }
    current.cells.push([entry]);
  });
  return runs;
}

function checkListWords(validation: ListValidationWrite): void {
  const withComma = validation.words.find((word) => word.includes(','));
  if (withComma !== undefined) {
    throw new Error(`validations: the dropdown word "${withComma}" contains a comma, which Excel's list source uses to separate words.`);
  }
  const source = validation.words.join(',');
  if (source.length > LIST_SOURCE_LIMIT) {
    throw new Error(`validations: the dropdown words come to ${source.length} characters; Excel allows ${LIST_SOURCE_LIMIT}.`);
  }
}

interface RecordedGroup extends ColumnGroupWrite {
  sheet: string;
}

function isRecordedGroup(entry: unknown): entry is RecordedGroup {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    'sheet' in entry &&
    'firstColumn' in entry &&
    'lastColumn' in entry &&
    typeof entry.sheet === 'string' &&
    Number.isInteger(entry.firstColumn) &&
    Number.isInteger(entry.lastColumn)
  );
}

/** The groups recorded under `OUTLINE_SETTINGS_KEY`; an unreadable record counts as none. */
function readOutlineRecord(setting: Excel.Setting): RecordedGroup[] {
  if (setting.isNullObject) return [];
  const stored: unknown = setting.value;
  let parsed: unknown = stored;
  if (typeof stored === 'string') {
    try {
      parsed = JSON.parse(stored);
    } catch {
      return [];
    }
  }
  const entries: readonly unknown[] = Array.isArray(parsed) ? parsed : [];
  return entries.filter(isRecordedGroup);
}

function sameGroup(a: RecordedGroup, b: RecordedGroup): boolean {
  return a.sheet === b.sheet && a.firstColumn === b.firstColumn && a.lastColumn === b.lastColumn;
}

/** Queues the loads that place an Excel table; the returned function gives its location after the next sync. */
function queueTablePlacement(table: Excel.Table): () => TableLocation {
  const header = table.getHeaderRowRange().load('rowIndex, columnIndex, columnCount');
  const body = table.getDataBodyRange().load('rowCount');
  const sheet = table.worksheet.load('name');
  return () => ({
    sheet: sheet.name,
    tableName: table.name,
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
    columnCount: header.columnCount,
    rowCount: body.rowCount,
  });
}

function bodyColumn(sheet: Excel.Worksheet, location: TableLocation, column: number): Excel.Range {
  return sheet.getRangeByIndexes(location.headerRow + 1, column, location.rowCount, 1);
}

/** Contiguous runs of ascending columns, e.g. [4,5,6,9] → [[4,6],[9,9]]. */
function columnRuns(columns: readonly number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === column - 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/** Tells the user a word is not in the list, and keeps it: the add-in reads more words than a list can hold. */
const INFORMATION_ALERT: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: 'Information',
  title: 'Not in the list',
  message: 'The KPI add-in reads other polarity words too (such as "Higher is better"). Press OK to keep yours.',
};

/** Word formats and dropdowns, each replacing what the column had. */
async function queueFormats(sheet: Excel.Worksheet, syncs: PayloadSyncs, changes: WorkbookChanges): Promise<void> {
  const { location } = changes;
  for (const wordFormat of changes.wordFormats) {
    await syncs.room(jsonBytes(wordFormat) + wordFormat.styles.length * 4 * COMMAND_BYTES);
    const formats = bodyColumn(sheet, location, wordFormat.column).conditionalFormats;
    formats.clearAll();
    for (const style of wordFormat.styles) {
      const rule = formats.add('CellValue').cellValue;
      rule.format.fill.color = style.fill;
      rule.format.font.color = style.font;
      rule.rule = { formula1: equalsWordFormula(style.word), operator: 'EqualTo' };
    }
  }
  for (const validation of changes.validations) {
    await syncs.room(jsonBytes(validation) + COMMAND_BYTES);
    const dataValidation = bodyColumn(sheet, location, validation.column).dataValidation;
    dataValidation.clear();
    dataValidation.rule = { list: { inCellDropDown: true, source: validation.words.join(',') } };
    if (validation.errorAlert === 'information') dataValidation.errorAlert = INFORMATION_ALERT;
  }
}

/** Groups and collapses the helper columns, grouping only what the record says is not grouped yet. */
function queueGrouping(context: Excel.RequestContext, sheet: Excel.Worksheet, changes: WorkbookChanges, recorded: RecordedGroup[]): void {
  for (const group of changes.groups) {
    const entry: RecordedGroup = { sheet: changes.location.sheet, firstColumn: group.firstColumn, lastColumn: group.lastColumn };
    const columns = sheet.getRange(columnsAddress(group.firstColumn, group.lastColumn));
    if (!recorded.some((known) => sameGroup(known, entry))) {
      columns.group('ByColumns');
      recorded.push(entry);
    }
    columns.hideGroupDetails('ByColumns');
  }
  context.workbook.settings.add(OUTLINE_SETTINGS_KEY, JSON.stringify(recorded));
}

/** Shows the helper columns again, ungrouping only what the record says this host grouped. */
function queueUngrouping(context: Excel.RequestContext, sheet: Excel.Worksheet, removal: WorkbookRemoval, outline: Excel.Setting | null): void {
  const { location } = removal;
  for (const group of removal.groups) {
    const columns = sheet.getRange(columnsAddress(group.firstColumn, group.lastColumn));
    if (outline !== null) {
      const entry: RecordedGroup = { sheet: location.sheet, firstColumn: group.firstColumn, lastColumn: group.lastColumn };
      if (readOutlineRecord(outline).some((known) => sameGroup(known, entry))) columns.ungroup('ByColumns');
    }
    columns.columnHidden = false;
  }
  if (outline === null) return;
  const kept = readOutlineRecord(outline).filter((known) => !removal.groups.some((group) => sameGroup(known, { sheet: location.sheet, ...group })));
  if (kept.length > 0) context.workbook.settings.add(OUTLINE_SETTINGS_KEY, JSON.stringify(kept));
  else if (!outline.isNullObject) outline.delete();
}

/**
 * Takes the add-in's columns away, right to left so each index still points at the column
 * it meant: a column of an Excel table is deleted from the table; one written beside the
 * table (cells next to it were taken) or beside a range is cleared, with its formats and
 * dropdowns, without moving anything.
 */
function queueColumnRemoval(context: Excel.RequestContext, sheet: Excel.Worksheet, removal: WorkbookRemoval): void {
  const { location } = removal;
  const table = location.tableName === null ? null : context.workbook.tables.getItem(location.tableName);
  const inTable = (column: number) => table !== null && column >= location.firstColumn && column < location.firstColumn + location.columnCount;
  // Beside the table first: deleting a table column moves the cells right of it.
  for (const [first, last] of columnRuns(removal.columns.filter((column) => !inTable(column)))) {
    const cells = sheet.getRangeByIndexes(location.headerRow, first, location.rowCount + 1, last - first + 1);
    cells.conditionalFormats.clearAll();
    cells.dataValidation.clear();
    cells.clear('All');
  }
  for (const column of [...removal.columns].filter(inTable).sort((a, b) => b - a)) table!.columns.getItemAt(column - location.firstColumn).delete();
}

/**
 * Deletes the named sheets that exist (deleting a missing one fails the whole sync), keeping
 * at least one visible sheet, which Excel refuses to delete. Never the table's own sheet, and
 * never a very hidden one, whose delete Excel refuses (it would fail the rest of Remove).
 */
function queueSheetDeletion(sheets: Excel.WorksheetCollection, names: readonly string[], tableSheet: string): void {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  wanted.delete(tableSheet.toLowerCase());
  const doomed = sheets.items.filter((sheet) => wanted.has(sheet.name.toLowerCase()) && sheet.visibility !== 'VeryHidden');
  const visibleLeft = sheets.items.filter((sheet) => sheet.visibility === 'Visible' && !doomed.includes(sheet)).length;
  const keep = visibleLeft > 0 ? null : doomed.find((sheet) => sheet.visibility === 'Visible');
  for (const sheet of doomed) if (sheet !== keep) sheet.delete();
}

/** How many times a read is tried with a larger size estimate after Excel refuses a response as too large. */
const READ_ATTEMPTS = 3;

/**
 * Reads a snapshot in as many syncs as its size needs, nothing else queued with it. When
 * nothing is known of the table its size is guessed; if Excel refuses a response as too
 * large, the read (which changes nothing) is made again in smaller chunks.
 */
async function readSnapshot(context: Excel.RequestContext, location: TableLocation, sizeLike?: TableSnapshot): Promise<TableSnapshot> {
  let rowBytes = sizeLike ? rowBytesLike(sizeLike) : guessedRowBytes(location.columnCount);
  for (let attempt = 1; ; attempt++) {
    try {
      const syncs = new PayloadSyncs(context);
      const snapshot = await queueSnapshot(context, syncs, location, rowBytes);
      await syncs.flush();
      return snapshot();
    } catch (error) {
      if (!isResponseTooLarge(error) || attempt === READ_ATTEMPTS) throw error;
      rowBytes *= 4;
    }
  }
}

/**
 * What an Apply's cells hold once written, known without reading them back: each written
 * cell's formula or value, and for a cell left alone what the plan saw there (an inserted
 * table column starts empty). Only with a basis; without one, everything is read.
 */
function writtenCells(changes: WorkbookChanges, inserted: ReadonlySet<number>): KnownCells {
  const known = new Map<number, (row: number) => string>();
  const { basis, location } = changes;
  if (!basis) return known;
  const { firstColumn, columnCount } = basis.location;
  const seen = (row: number, column: number): string => {
    const inTable = column - firstColumn;
    if (inTable >= columnCount) return basis.beyond[row + 1]?.[inTable - columnCount] ?? '';
    const value = basis.values[row]?.[inTable];
    return basis.formulas[row]?.[inTable] ?? (value === null || value === undefined ? '' : String(value));
  };
  for (const write of changes.columns) {
    known.set(write.column, (row) => {
      const cell = write.cells[row] ?? null;
      if (cell === null) return inserted.has(write.column) ? '' : seen(row, write.column);
      if ('value' in cell) return cell.value === null || cell.value === undefined ? '' : String(cell.value);
      return a1FormulaOf(cell, location.headerRow + 1 + row, write.column) ?? '';
    });
  }
  return known;
}

export class OfficeWorkbookHost implements WorkbookHost {
  constructor(
    private readonly run: ExcelBatchRunner = (batch) => Excel.run(batch),
    private readonly isSetSupported: RequirementCheck = (setName, minVersion) =>
      Office.context.requirements.isSetSupported(setName, minVersion),
  ) {}

  /** Syncs: 2 for a plain range, 3 for an Excel table (find it, place it, read it), more only past the payload budget. */
  readSelectedTable(): Promise<ReadTableResult> {
    return this.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('values');
      const sheet = cell.worksheet.load('name');
      const tables = cell.getTables(false).load('items/name, items/showHeaders');
      const region = cell.getSurroundingRegion().load('rowIndex, columnIndex, rowCount, columnCount');
      await context.sync();

      let location: TableLocation;
      const table = tables.items[0];
      if (table !== undefined) {
        if (!table.showHeaders) return { kind: 'none', reason: headerlessTableReason(table.name) };
        const placement = queueTablePlacement(table);
        await context.sync();
        location = placement();
      } else {
        const block = { row: region.rowIndex, column: region.columnIndex, rowCount: region.rowCount, columnCount: region.columnCount };
        const found = regionTable(sheet.name, block, () => {
          const cellValues: unknown[][] = cell.values;
          return toCellValue(cellValues[0][0]) === null;
        });
        if (found.kind === 'none') return found;
        location = found.location;
      }
      return { kind: 'table', table: await readSnapshot(context, location) };
    });
  }

  /** Syncs: 2 for a plain range, 3 for an Excel table, more only past the payload budget. */
  readTable(location: TableLocation, sizeLike?: TableSnapshot): Promise<ReadTableResult> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(location.sheet).load('name');
      const table = location.tableName === null ? null : context.workbook.tables.getItemOrNullObject(location.tableName).load('name, showHeaders');
      await context.sync();

      let current: TableLocation;
      if (table !== null && !table.isNullObject) {
        if (!table.showHeaders) return { kind: 'none', reason: headerlessTableReason(table.name) };
        const placement = queueTablePlacement(table);
        await context.sync();
        current = placement();
      } else if (sheet.isNullObject) {
        return { kind: 'none', reason: missingSheetReason(location.sheet) };
      } else {
        // The table is gone (converted to a range, say): read the cells where it was.
        current = { ...location, sheet: sheet.name, tableName: null };
      }
      if (current.rowCount < 1) return { kind: 'none', reason: NO_TABLE_REASONS.oneRow };
      return { kind: 'table', table: await readSnapshot(context, current, sizeLike) };
    });
  }

  /**
   * Syncs: 1, or 2 when the table is checked against the plan's basis or there are column
   * groups (both read in the first); more only where the payload budget needs them. In
   * order: every new column (through the table, or its header beside a range), then the
   * cells, then formats, dropdowns, groups and settings; the table is read back last,
   * after the writes, so the pane needs no re-read.
   */
  async apply(changes: WorkbookChanges): Promise<ApplyResult> {
    changes.validations.forEach(checkListWords);
    const grouping = changes.groups.length > 0 && this.isSetSupported(OUTLINE_REQUIREMENT.set, OUTLINE_REQUIREMENT.version);
    return this.run(async (context): Promise<ApplyResult> => {
      const { workbook } = context;
      const { location, basis } = changes;
      const syncs = new PayloadSyncs(context);
      if (grouping) await syncs.room(0, COMMAND_BYTES);
      const outline = grouping ? workbook.settings.getItemOrNullObject(OUTLINE_SETTINGS_KEY).load('value') : null;
      const current = basis ? await queueSnapshot(context, syncs, basis.location, rowBytesLike(basis)) : null;
      await syncs.flush();
      const stop = basis && current ? basisCheck(basis, current(), changes) : null;
      if (stop !== null) return stop;

      const sheet = workbook.worksheets.getItem(location.sheet);
      const inserted = await this.queueStructure(context, sheet, syncs, changes);
      await this.queueCells(sheet, syncs, changes);
      await queueFormats(sheet, syncs, changes);
      if (changes.pageSetup) {
        await syncs.room(jsonBytes(changes.pageSetup) + (4 + changes.pageSetup.columnWidths.length + changes.pageSetup.wrapColumns.length) * COMMAND_BYTES);
        writePageSetup(sheet, changes.pageSetup);
      }
      if (outline !== null) {
        // Two commands a group, and the outline record beside the settings.
        const recorded = readOutlineRecord(outline);
        await syncs.room(changes.groups.length * (2 * COMMAND_BYTES + 80) + jsonBytes(recorded));
        queueGrouping(context, sheet, changes, recorded);
      }
      // Room first: a sync the room forces must not carry this setting in a request never counted for it.
      await syncs.room(jsonBytes(changes.settings));
      workbook.settings.add(SETTINGS_KEY, changes.settings);
      // Queued after the writes, so it reads what they left; the columns added through the table are in it.
      const columnCount = location.columnCount + inserted.size;
      const rowBytes = basis ? rowBytesLike(basis, inserted.size) : guessedRowBytes(columnCount);
      const after = await queueSnapshot(context, syncs, { ...location, columnCount }, rowBytes, writtenCells(changes, inserted));
      await syncs.flush();
      return { kind: 'written', table: after() };
    });
  }

  /**
   * Every new column, before any cell is written: through an Excel table when it is the
   * table's next column, so the table grows to take it (and the insert moves no reference a
   * formula written in this batch holds); else its header beside the table or range. Gives
   * the columns added through the table.
   */
  private async queueStructure(context: Excel.RequestContext, sheet: Excel.Worksheet, syncs: PayloadSyncs, changes: WorkbookChanges): Promise<Set<number>> {
    const { location } = changes;
    const table = location.tableName === null ? null : context.workbook.tables.getItem(location.tableName);
    const inserted = new Set<number>();
    for (const write of [...changes.columns].sort((a, b) => a.column - b.column).filter((column) => column.isNew)) {
      await syncs.room(jsonBytes(write.header));
      if (table !== null && write.column === location.firstColumn + location.columnCount + inserted.size) {
        // -1: append at the end.
        table.columns.add(-1, undefined, write.header);
        inserted.add(write.column);
      } else {
        sheet.getRangeByIndexes(location.headerRow, write.column, 1, 1).values = [[write.header]];
      }
      const format = write.numberFormat;
      if (format === null) continue;
      for (const [start, count] of rowChunks(location.rowCount, jsonBytes(format) + 3)) {
        const formats = Array.from({ length: count }, () => [format]);
        await syncs.room(jsonBytes(formats));
        sheet.getRangeByIndexes(location.headerRow + 1 + start, write.column, count, 1).numberFormat = formats;
      }
    }
    return inserted;
  }

  /** The cells, in runs of one kind, each split into as many writes as the payload budget needs; a fill run is one formula filled down. */
  private async queueCells(sheet: Excel.Worksheet, syncs: PayloadSyncs, changes: WorkbookChanges): Promise<void> {
    const firstRow = changes.location.headerRow + 1;
    for (const write of changes.columns) {
      if (write.rowFormats) {
        const { rowFormats } = write;
        for (const [start, count] of rowChunks(rowFormats.length, Math.max(...rowFormats.map((format) => jsonBytes(format) + 3)))) {
          const formats = rowFormats.slice(start, start + count).map((format) => [format]);
          await syncs.room(jsonBytes(formats));
          sheet.getRangeByIndexes(firstRow + start, write.column, count, 1).numberFormat = formats;
        }
      }
      for (const run of cellRuns(write.cells)) {
        if (run.kind === 'fill') {
          await syncs.room(2 * jsonBytes(run.cells[0][0]) + COMMAND_BYTES);
          const first = sheet.getRangeByIndexes(firstRow + run.start, write.column, 1, 1);
          first.formulasR1C1 = [run.cells[0]];
          if (run.cells.length > 1) first.autoFill(sheet.getRangeByIndexes(firstRow + run.start, write.column, run.cells.length, 1), 'FillCopy');
          continue;
        }
        const rowBytes = Math.max(...run.cells.map((cell) => jsonBytes(cell) + 1));
        for (const [start, count] of rowChunks(run.cells.length, rowBytes)) {
          const cells = run.cells.slice(start, start + count);
          await syncs.room(jsonBytes(cells));
          const range = sheet.getRangeByIndexes(firstRow + run.start + start, write.column, count, 1);
          if (run.kind === 'formulas') range.formulas = cells;
          else range.values = cells;
        }
      }
    }
  }

  /**
   * Syncs: 1, or 2 when settings are deleted, column groups undone or sheets deleted (each
   * read first); more only past the payload budget. The table is read back in the last one, as in `apply`.
   */
  async remove(removal: WorkbookRemoval): Promise<TableSnapshot> {
    const ungrouping = removal.groups.length > 0 && this.isSetSupported(OUTLINE_REQUIREMENT.set, OUTLINE_REQUIREMENT.version);
    return this.run(async (context) => {
      const { workbook } = context;
      const { location } = removal;
      const outline = ungrouping ? workbook.settings.getItemOrNullObject(OUTLINE_SETTINGS_KEY).load('value') : null;
      const saved = removal.settings === null ? workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value') : null;
      const sheets = removal.sheets.length > 0 ? workbook.worksheets.load({ name: true, visibility: true }) : null;
      if (outline !== null || saved !== null || sheets !== null) await context.sync();

      const sheet = workbook.worksheets.getItem(location.sheet);
      // Groups first: the outline belongs to the sheet's columns, not to the cells deleted below.
      queueUngrouping(context, sheet, removal, outline);
      // Before any column is deleted, while these indexes still point at the user's columns.
      for (const column of removal.clearValidations) bodyColumn(sheet, location, column).dataValidation.clear();
      queueColumnRemoval(context, sheet, removal);

      if (sheets !== null) queueSheetDeletion(sheets, removal.sheets, location.sheet);
      if (removal.settings !== null) workbook.settings.add(SETTINGS_KEY, removal.settings);
      else if (saved !== null && !saved.isNullObject) saved.delete();
      const syncs = new PayloadSyncs(context);
      const left = locationAfterRemoval(location, removal.columns);
      const after = await queueSnapshot(context, syncs, left, removal.basis ? rowBytesLike(removal.basis) : guessedRowBytes(left.columnCount));
      await syncs.flush();
      return after();
    });
  }

  /** Syncs: 1. */
  readSettings(): Promise<string | null> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      await context.sync();
      if (setting.isNullObject) return null;
      const value: unknown = setting.value;
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
  }

  /** Syncs: 1. */
  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /** Syncs: 2 (find the sheet and its charts; write). */
  async writeSummary(summary: SummaryWrite): Promise<void> {
    const { cells, chart } = summary;
    const problem = summaryProblem(summary);
    if (problem) throw new Error(problem);
    const width = Math.max(2, ...cells.map((row) => row.length));
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load({ name: true, charts: { name: true } });
      await context.sync();

      const sheet = clearedSheet(context, sheets, summary.sheetName);
      cells.forEach((row, r) => row.forEach((cell, c) => cell && writeSummaryCell(sheet.getRangeByIndexes(r, c, 1, 1), cell)));
      sheet.getRangeByIndexes(chart.firstRow - 1, 0, cells.length - chart.firstRow + 1, width).format.autofitColumns();

      const source = sheet.getRangeByIndexes(chart.firstRow, 0, chart.rowCount, 2);
      const added = sheet.charts.add('ColumnClustered', source, 'Columns');
      added.title.text = chart.title;
      added.legend.visible = false;
      added.setPosition(cellAddress(chart.firstRow - 1, width + 1));
      context.workbook.settings.add(SETTINGS_KEY, summary.settings);
      await context.sync();
    });
  }

  /**
   * Syncs: 2 whatever the number of charts (find the sheets and their charts; write), more
   * only when the charts' cells take a sync over the payload budget. The settings go last,
   * so a batch that fails part way leaves the earlier record, which names no sheet not yet written.
   */
  async writeXmrCharts(charts: XmrChartWrite[], settings: string): Promise<void> {
    const problem = chartsProblem(charts);
    if (problem) throw new Error(problem);
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load({ name: true, charts: { name: true } });
      await context.sync();
      const syncs = new PayloadSyncs(context);
      for (const chart of charts) {
        // The cells, their number formats, and about ten commands a series to draw it.
        const formats = chart.data.rowCount * Math.max(...chart.cells.map((row) => row.length)) * (chart.numberFormat.length + 3);
        await syncs.room(jsonBytes(chart.cells) + formats + chart.series.length * 10 * COMMAND_BYTES);
        writeXmrChart(clearedSheet(context, sheets, chart.sheetName), chart);
      }
      await syncs.room(jsonBytes(settings));
      context.workbook.settings.add(SETTINGS_KEY, settings);
      await syncs.flush();
    });
  }
}

/** The add-in's own sheet of this name emptied of cells and charts, or a new one (names are case-insensitive in Excel). */
function clearedSheet(context: Excel.RequestContext, sheets: Excel.WorksheetCollection, name: string): Excel.Worksheet {
  const wanted = name.toLowerCase();
  const existing = sheets.items.find((sheet) => sheet.name.toLowerCase() === wanted);
  if (existing === undefined) return context.workbook.worksheets.add(name);
  existing.getRange().clear('All');
  existing.charts.items.forEach((old) => old.delete());
  return existing;
}

const LINE_STYLES: Record<ChartSeriesWrite['draw'], Excel.ChartLineFormat['lineStyle']> = { line: 'Continuous', dashed: 'Dash', dotted: 'Dot', markers: 'None' };
const MARKER_STYLES: Record<NonNullable<ChartSeriesWrite['marker']>, Excel.ChartSeries['markerStyle']> = { circle: 'Circle', triangle: 'Triangle', square: 'Square' };

/**
 * One XmR chart: its cells as values, and a line chart whose every series is set explicitly
 * (name, values, periods), so nothing rests on Excel guessing which cells are headers.
 */
function writeXmrChart(sheet: Excel.Worksheet, chart: XmrChartWrite): void {
  const width = Math.max(1, ...chart.cells.map((row) => row.length));
  // As every other value the add-in writes: text Excel would read as typed ("Apr 2024" as a date) keeps its apostrophe.
  const values = chart.cells.map((row) => Array.from({ length: width }, (_, c) => toExcelValue(row[c] ?? null)));
  sheet.getRangeByIndexes(0, 0, values.length, width).values = values;
  const { headerRow, rowCount } = chart.data;
  if (width > 1) sheet.getRangeByIndexes(headerRow + 1, 1, rowCount, width - 1).numberFormat = Array.from({ length: rowCount }, () => Array<string>(width - 1).fill(chart.numberFormat));
  sheet.getRangeByIndexes(headerRow, 0, rowCount + 1, width).format.autofitColumns();
  const periods = sheet.getRangeByIndexes(headerRow + 1, 0, rowCount, 1);
  const column = (index: number) => sheet.getRangeByIndexes(headerRow + 1, index, rowCount, 1);
  const added = sheet.charts.add('Line', column(chart.series[0].column), 'Columns');
  added.title.text = chart.title;
  added.setPosition(cellAddress(0, width + 1));
  chart.series.forEach((write, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(String(chart.cells[headerRow]?.[write.column] ?? ''));
    if (i === 0) series.name = String(chart.cells[headerRow]?.[write.column] ?? '');
    // The first series too: its values are set, not left to the chart's reading of its source.
    series.setValues(column(write.column));
    series.setXAxisValues(periods);
    series.format.line.lineStyle = LINE_STYLES[write.draw];
    if (write.draw !== 'markers') {
      series.format.line.color = write.color;
      series.markerStyle = 'None';
    } else {
      series.markerStyle = MARKER_STYLES[write.marker ?? 'circle'];
      series.markerBackgroundColor = write.color;
      series.markerForegroundColor = write.color;
    }
  });
}

/** Points per character of the default font (Calibri 11: 7 pixels, at 96 pixels to 72 points), rounded up. */
const POINTS_PER_CHARACTER = 5.5;

/** Print set-up in the same batch as the rest of Apply (ExcelApi 1.9, the manifest's own set: no check). */
function writePageSetup(sheet: Excel.Worksheet, setup: PageSetupWrite): void {
  const layout = sheet.pageLayout;
  layout.orientation = 'Landscape';
  layout.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${setup.titleRows.first + 1}:$${setup.titleRows.last + 1}`);
  if (setup.titleColumns) layout.setPrintTitleColumns(absoluteColumns(setup.titleColumns.first, setup.titleColumns.last));
  for (const { column, characters } of setup.columnWidths) {
    sheet.getRange(columnsAddress(column, column)).format.columnWidth = characters * POINTS_PER_CHARACTER;
  }
  for (const column of setup.wrapColumns) sheet.getRange(columnsAddress(column, column)).format.wrapText = true;
}

const absoluteColumns = (first: number, last: number) => `$${columnLetters(first)}:$${columnLetters(last)}`;

/** One cell of the summary: its formula or value, number format and weight (queued, no sync). */
function writeSummaryCell(range: Excel.Range, cell: SummaryCell): void {
  if ('formula' in cell) range.formulas = [[cell.formula]];
  else range.values = [[toExcelValue(cell.value)]];
  if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
  if (cell.bold) range.format.font.bold = true;
}
