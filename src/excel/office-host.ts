/**
 * `WorkbookHost` on Excel, through Office.js. Each method is one `Excel.run` batch with a
 * fixed number of `context.sync()` round trips whatever the size of the table: every
 * per-column and per-cell command is queued first and sent in one go, because Excel on the
 * web pays a network round trip per sync.
 *
 * Requirement sets: ExcelApi 1.10 for outline grouping (checked, and skipped without it);
 * everything else is ExcelApi 1.9 or lower (`Range.getTables`).
 */
import { type CellValue } from '../kpi/cell';
import { cellAddress, columnLetters, columnsAddress, SHEET_COLUMNS } from './a1';
import { cellsChangedSince } from './changed-cells';
import { equalsWordFormula } from './word-rule';
import { NO_TABLE_REASONS, headerlessTableReason, locationAfterRemoval, missingSheetReason, regionTable } from './table-finding';
import {
  COLUMNS_READ_BEYOND_TABLE,
  SETTINGS_KEY,
  type ApplyResult,
  type CellWrite,
  type ColumnGroupWrite,
  type ColumnValidation,
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

/** A cell as `values` gives it, as the engine takes it: an empty cell is null. */
function toCellValue(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

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

/** A stretch of one column written with one range: consecutive cells of the same kind, none null. */
export interface CellRun {
  /** Body row of the first cell. */
  start: number;
  kind: 'formulas' | 'values';
  /** One entry per row, one column wide, as Office.js takes 2-D arrays. */
  cells: (string | number | boolean)[][];
}

/** Splits a column of writes into runs, skipping nulls (cells left as they are). */
export function cellRuns(cells: readonly (CellWrite | null)[]): CellRun[] {
  const runs: CellRun[] = [];
  let current: CellRun | null = null;
  cells.forEach((cell, row) => {
    if (cell === null) {
      current = null;
      return;
    }
    const kind = 'formula' in cell ? 'formulas' : 'values';
    const entry = 'formula' in cell ? cell.formula : toExcelValue(cell.value);
    if (current === null || current.kind !== kind) {
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

/** What a loaded `DataValidation` holds, as the planner reads it. */
function toColumnValidation(validation: Excel.DataValidation): ColumnValidation {
  if (validation.type === 'None') return { kind: 'none' };
  // A list's source is text (its words, or the address of a range of them); a Range object is not one the add-in wrote.
  const source: unknown = validation.type === 'List' ? validation.rule.list?.source : undefined;
  return typeof source === 'string' ? { kind: 'list', source } : { kind: 'other' };
}

/** Tells the user a word is not in the list, and keeps it: the add-in reads more words than a list can hold. */
const INFORMATION_ALERT: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: 'Information',
  title: 'Not in the list',
  message: 'The KPI add-in reads other polarity words too (such as "Higher is better"). Press OK to keep yours.',
};

/** Queues the loads for a table snapshot; the returned function builds it after the next sync. */
function queueSnapshot(context: Excel.RequestContext, location: TableLocation): () => TableSnapshot {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const { headerRow, firstColumn, columnCount, rowCount } = location;
  const header = sheet.getRangeByIndexes(headerRow, firstColumn, 1, columnCount).load('values');
  const above = headerRow > 0 ? sheet.getRangeByIndexes(headerRow - 1, firstColumn, 1, columnCount).load('values') : null;
  const body = sheet.getRangeByIndexes(headerRow + 1, firstColumn, rowCount, columnCount).load('values, formulas, numberFormat');
  // One range per column: a range over several columns reports their rules only as "Inconsistent".
  const validations = Array.from({ length: columnCount }, (_, i) =>
    sheet.getRangeByIndexes(headerRow + 1, firstColumn + i, rowCount, 1).dataValidation.load('type, rule'),
  );
  const beyondCount = Math.min(COLUMNS_READ_BEYOND_TABLE, SHEET_COLUMNS - (firstColumn + columnCount));
  const beyond = beyondCount > 0 ? sheet.getRangeByIndexes(headerRow, firstColumn + columnCount, rowCount + 1, beyondCount).load('formulas') : null;
  return () => {
    const values: unknown[][] = body.values;
    const formulas: unknown[][] = body.formulas;
    const numberFormats: unknown[][] = body.numberFormat;
    const beyondFormulas: unknown[][] = beyond === null ? [] : beyond.formulas;
    const headerValues: unknown[][] = header.values;
    return {
      location,
      headers: headerValues[0].map(toText),
      ...(above === null ? {} : { headerAbove: (above.values as unknown[][])[0].map(toText) }),
      values: values.map((row) => row.map(toCellValue)),
      formulas: formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))),
      numberFormats: numberFormats.map((row) => row.map(toText)),
      validations: validations.map(toColumnValidation),
      beyond: beyond === null ? Array.from({ length: rowCount + 1 }, () => []) : beyondFormulas.map((row) => row.map(toText)),
    };
  };
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

export class OfficeWorkbookHost implements WorkbookHost {
  constructor(
    private readonly run: ExcelBatchRunner = (batch) => Excel.run(batch),
    private readonly isSetSupported: RequirementCheck = (setName, minVersion) =>
      Office.context.requirements.isSetSupported(setName, minVersion),
  ) {}

  /** Syncs: 2 for a plain range, 3 for an Excel table (find it, place it, read it). */
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
      const snapshot = queueSnapshot(context, location);
      await context.sync();
      return { kind: 'table', table: snapshot() };
    });
  }

  /** Syncs: 2 for a plain range, 3 for an Excel table. */
  readTable(location: TableLocation): Promise<ReadTableResult> {
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
      const snapshot = queueSnapshot(context, current);
      await context.sync();
      return { kind: 'table', table: snapshot() };
    });
  }

  /**
   * Syncs: 1, or 2 when the cells are checked against the plan's basis or there are column
   * groups (both read in the first). The table is read back in the last one, after the
   * writes, so the pane needs no re-read.
   */
  async apply(changes: WorkbookChanges): Promise<ApplyResult> {
    changes.validations.forEach(checkListWords);
    const grouping = changes.groups.length > 0 && this.isSetSupported(OUTLINE_REQUIREMENT.set, OUTLINE_REQUIREMENT.version);
    return this.run(async (context): Promise<ApplyResult> => {
      const { workbook } = context;
      const { location, basis } = changes;
      const outline = grouping ? workbook.settings.getItemOrNullObject(OUTLINE_SETTINGS_KEY).load('value') : null;
      const current = basis ? queueSnapshot(context, basis.location) : null;
      if (outline !== null || current !== null) await context.sync();
      const changed = basis && current ? cellsChangedSince(basis, current(), changes) : [];
      if (changed.length > 0) return { kind: 'changed', cells: changed };

      const sheet = workbook.worksheets.getItem(location.sheet);
      const table = location.tableName === null ? null : workbook.tables.getItem(location.tableName);
      let tableEnd = location.firstColumn + location.columnCount;
      for (const write of [...changes.columns].sort((a, b) => a.column - b.column)) {
        if (write.isNew) {
          if (table !== null && write.column === tableEnd) {
            // Through the table, so the table grows to take the column (-1: append at the end).
            table.columns.add(-1, undefined, write.header);
            tableEnd += 1;
          } else {
            sheet.getRangeByIndexes(location.headerRow, write.column, 1, 1).values = [[write.header]];
          }
          if (write.numberFormat !== null) {
            const format = write.numberFormat;
            bodyColumn(sheet, location, write.column).numberFormat = Array.from({ length: location.rowCount }, () => [format]);
          }
        }
        for (const run of cellRuns(write.cells)) {
          const range = sheet.getRangeByIndexes(location.headerRow + 1 + run.start, write.column, run.cells.length, 1);
          if (run.kind === 'formulas') range.formulas = run.cells;
          else range.values = run.cells;
        }
      }

      for (const wordFormat of changes.wordFormats) {
        // eslint-disable-next-line office-addins/load-object-before-read -- the rule takes a property of bodyColumn(sheet)'s result for one of `sheet`
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
        // eslint-disable-next-line office-addins/load-object-before-read -- the rule takes a property of bodyColumn(sheet)'s result for one of `sheet`
        const dataValidation = bodyColumn(sheet, location, validation.column).dataValidation;
        dataValidation.clear();
        dataValidation.rule = { list: { inCellDropDown: true, source: validation.words.join(',') } };
        if (validation.errorAlert === 'information') dataValidation.errorAlert = INFORMATION_ALERT;
      }

      if (outline !== null) {
        const recorded = readOutlineRecord(outline);
        for (const group of changes.groups) {
          const entry: RecordedGroup = { sheet: location.sheet, firstColumn: group.firstColumn, lastColumn: group.lastColumn };
          const columns = sheet.getRange(columnsAddress(group.firstColumn, group.lastColumn));
          if (!recorded.some((known) => sameGroup(known, entry))) {
            columns.group('ByColumns');
            recorded.push(entry);
          }
          columns.hideGroupDetails('ByColumns');
        }
        workbook.settings.add(OUTLINE_SETTINGS_KEY, JSON.stringify(recorded));
      }
      if (changes.pageSetup) writePageSetup(sheet, changes.pageSetup);

      workbook.settings.add(SETTINGS_KEY, changes.settings);
      // Queued after the writes, so it reads what they left; the columns added through the table are in it.
      const after = queueSnapshot(context, { ...location, columnCount: tableEnd - location.firstColumn });
      await context.sync();
      return { kind: 'written', table: after() };
    });
  }

  /**
   * Syncs: 1, or 2 when settings are deleted or column groups undone (both read first). The
   * table is read back in the last one, as in `apply`.
   */
  async remove(removal: WorkbookRemoval): Promise<TableSnapshot> {
    const ungrouping = removal.groups.length > 0 && this.isSetSupported(OUTLINE_REQUIREMENT.set, OUTLINE_REQUIREMENT.version);
    return this.run(async (context) => {
      const { workbook } = context;
      const { location } = removal;
      const outline = ungrouping ? workbook.settings.getItemOrNullObject(OUTLINE_SETTINGS_KEY).load('value') : null;
      const saved = removal.settings === null ? workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value') : null;
      if (outline !== null || saved !== null) await context.sync();

      const sheet = workbook.worksheets.getItem(location.sheet);
      // Groups first: the outline belongs to the sheet's columns, not to the cells deleted below.
      for (const group of removal.groups) {
        const columns = sheet.getRange(columnsAddress(group.firstColumn, group.lastColumn));
        if (outline !== null) {
          const entry: RecordedGroup = { sheet: location.sheet, firstColumn: group.firstColumn, lastColumn: group.lastColumn };
          if (readOutlineRecord(outline).some((known) => sameGroup(known, entry))) columns.ungroup('ByColumns');
        }
        columns.columnHidden = false;
      }
      if (outline !== null) {
        const kept = readOutlineRecord(outline).filter(
          (known) => !removal.groups.some((group) => sameGroup(known, { sheet: location.sheet, ...group })),
        );
        if (kept.length > 0) workbook.settings.add(OUTLINE_SETTINGS_KEY, JSON.stringify(kept));
        else if (!outline.isNullObject) outline.delete();
      }

      // Before any column is deleted, while these indexes still point at the user's columns.
      for (const column of removal.clearValidations) bodyColumn(sheet, location, column).dataValidation.clear();

      if (location.tableName !== null) {
        const table = workbook.tables.getItem(location.tableName);
        // Right to left, so each index still points at the column it meant.
        for (const column of [...removal.columns].sort((a, b) => b - a)) {
          table.columns.getItemAt(column - location.firstColumn).delete();
        }
      } else {
        for (const [first, last] of columnRuns(removal.columns)) {
          const cells = sheet.getRangeByIndexes(location.headerRow, first, location.rowCount + 1, last - first + 1);
          cells.conditionalFormats.clearAll();
          cells.dataValidation.clear();
          cells.clear('All');
        }
      }

      if (removal.settings !== null) workbook.settings.add(SETTINGS_KEY, removal.settings);
      else if (saved !== null && !saved.isNullObject) saved.delete();
      const after = queueSnapshot(context, locationAfterRemoval(location, removal.columns));
      await context.sync();
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
    if (chart.rowCount < 1 || chart.firstRow < 0) throw new Error('summary.chart must name at least one row.');
    const width = Math.max(2, ...cells.map((row) => row.length));
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load({ name: true, charts: { name: true } });
      await context.sync();

      // Sheet names are case-insensitive in Excel.
      const wanted = summary.sheetName.toLowerCase();
      const existing = sheets.items.find((sheet) => sheet.name.toLowerCase() === wanted);
      let sheet: Excel.Worksheet;
      if (existing !== undefined) {
        existing.getRange().clear('All');
        existing.charts.items.forEach((old) => old.delete());
        sheet = existing;
      } else {
        sheet = context.workbook.worksheets.add(summary.sheetName);
      }
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
