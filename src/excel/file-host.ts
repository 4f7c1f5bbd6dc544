/**
 * `WorkbookHost` on an .xlsx file, through `exceljs`: the add-in's Apply, Remove and
 * summary written to a file that any spreadsheet opens. Tests and scripts use it to check
 * Portable and Values output in an independent engine (LibreOffice); the task pane and the
 * functions bundle never import it (exceljs is a development dependency only).
 *
 * What it writes, and how it maps to Excel:
 * - cells: formulas with the engine's word as their cached result, and plain values (text
 *   stays text: "5%" is never turned into 0.05); `fullCalcOnLoad` is set when formulas are
 *   written, so Excel recalculates them on opening;
 * - new columns: header, body number format; next to an Excel table, the table grows to take them;
 * - word formats: one "cell value equals" rule per word (`cellIs` equal `"Green"`) with a
 *   fill and a font colour; never contains-text rules, which LibreOffice does not keep;
 * - list validations: an in-cell dropdown with the words inline;
 * - column groups: outline level 1, collapsed (hidden);
 * - settings: the JSON in a hidden sheet (`SETTINGS_SHEET`), as exceljs cannot write the
 *   Office.js settings part. (A file written here and opened in Excel with the add-in starts
 *   without saved settings; the columns and formulas are all there.)
 * - summary: a sheet with the table of counts and shares; no chart (exceljs cannot write one).
 *
 * The "selected cell" of `readSelectedTable` is the one given to `select`, else the active
 * cell saved in the first sheet's view, else A1 of the first sheet.
 */
import { type Cell, type Worksheet, Workbook } from 'exceljs';
import { type CellValue } from '../kpi/cell';
import { type GridBlock, cellAddress, columnLetters, parseAddress, rangeAddress, SHEET_COLUMNS } from './a1';
import { basisCheck } from './changed-cells';
import { a1FormulaOf } from './formula-refs';
import { uniqueHeader } from './table-headers';
import { equalsWordFormula } from './word-rule';
import { chartsProblem, summaryProblem } from './write-checks';
import { NO_TABLE_REASONS, headerlessTableReason, locationAfterRemoval, missingSheetReason, regionTable, surroundingRegion } from './table-finding';
import {
  COLUMNS_READ_BEYOND_TABLE,
  type ApplyResult,
  type CellWrite,
  type ColumnValidation,
  type ListValidationWrite,
  type PageSetupWrite,
  type ReadTableResult,
  type SummaryCell,
  type SummaryWrite,
  type XmrChartWrite,
  type TableLocation,
  type TableSnapshot,
  type WorkbookChanges,
  type WorkbookHost,
  type WorkbookRemoval,
  type WordStyle,
} from './workbook-host';

/** The hidden sheet that holds the add-in's settings JSON. */
export const SETTINGS_SHEET = 'KPI RAG settings';
const SETTINGS_NOTE = 'Settings of the KPI RAG add-in (JSON below, split over cells). Do not edit.';
/** A cell holds at most 32,767 characters; settings longer than this go over several cells. */
const SETTINGS_CHUNK = 30_000;
/** Excel refuses a list validation whose comma-separated source is longer than this. */
const LIST_SOURCE_LIMIT = 255;
/** Days from Excel's day 0 (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;

/** A cell of `readSelectedTable`'s selection, 0-based. */
export interface SelectedCell {
  sheet: string;
  row: number;
  column: number;
}

/** A block of cells to start a workbook from: row 0 is the header row. */
export interface GridSheet {
  sheet: string;
  rows: CellValue[][];
  /** Number formats by the same coordinates; null or missing leaves General. */
  numberFormats?: (string | null | undefined)[][];
  /** Where the block's top-left cell goes (0-based); A1 by default. */
  origin?: { row: number; column: number };
  /** Make the block an Excel table with this name (the header row is its header). */
  tableName?: string;
}

/** The parts of exceljs's table model this host reads and changes. */
interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

interface TableHandle {
  table: TableModel;
}

interface ConditionalFormatting {
  ref: string;
  rules: { type: string; priority?: number; [key: string]: unknown }[];
}

type ExcelJsValue = Cell['value'];

/** exceljs keeps a sheet's conditional formats in this array; its types leave it out. */
interface WithFormats {
  conditionalFormattings: ConditionalFormatting[];
}

function formatsOf(sheet: Worksheet): ConditionalFormatting[] {
  return (sheet as unknown as WithFormats).conditionalFormattings;
}

function setFormats(sheet: Worksheet, formats: ConditionalFormatting[]): void {
  (sheet as unknown as WithFormats).conditionalFormattings = formats;
}

function tablesOf(sheet: Worksheet): TableHandle[] {
  return (sheet as unknown as { getTables(): TableHandle[] }).getTables();
}

function tableBlock(model: TableModel): GridBlock {
  return parseAddress(model.tableRef ?? model.ref ?? 'A1');
}

function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + EXCEL_EPOCH_OFFSET_DAYS;
}

/** A cell's value as Excel's `values` gives it: numbers, text, logicals; "#N/A" for an error; null when empty. */
function shownValue(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      return shownValue((value as { result?: ExcelJsValue }).result ?? null);
    }
    if ('richText' in value) return shownValue(value.richText.map((run) => run.text).join(''));
    if ('error' in value) return String(value.error);
    if ('text' in value) return shownValue((value as { text: string }).text);
  }
  return null;
}

function shownText(value: ExcelJsValue): string {
  const shown = shownValue(value);
  return shown === null || shown === undefined ? '' : String(shown);
}

/** Formula text starting "=", or null. */
function formulaOf(cell: Cell | undefined): string | null {
  if (cell === undefined) return null;
  const value = cell.value;
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return null;
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

/** What Excel's `formulas` shows for a cell: the formula, else the value as text ("" for empty). */
function formulaOrValueText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return formulaOf(cell) ?? shownText(cell.value);
}

/** A value for exceljs: an empty cell for null and "". */
/** Characters a summary cell shows, for its column's width. */
function shownLength(cell: SummaryCell | null | undefined): number {
  if (cell === null || cell === undefined) return 0;
  return String(('formula' in cell ? cell.shows : cell.value) ?? '').length;
}

function toExcelJs(value: CellValue): ExcelJsValue {
  if (value === null || value === undefined || value === '') return null;
  return value;
}

function argb(hex: string): string {
  const digits = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new Error(`wordFormats: "${hex}" is not a colour of the form #RRGGBB.`);
  return `FF${digits}`;
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

function overlaps(a: GridBlock, b: GridBlock): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/** `block` with `hole` taken out: up to four rectangles (left, right, above, below). */
function subtractBlock(block: GridBlock, hole: GridBlock): GridBlock[] {
  if (!overlaps(block, hole)) return [block];
  const top = Math.max(block.row, hole.row);
  const bottom = Math.min(block.row + block.rowCount, hole.row + hole.rowCount); // exclusive
  const left = Math.max(block.column, hole.column);
  const right = Math.min(block.column + block.columnCount, hole.column + hole.columnCount); // exclusive
  const pieces: GridBlock[] = [];
  if (block.column < left) pieces.push({ row: block.row, column: block.column, rowCount: block.rowCount, columnCount: left - block.column });
  if (right < block.column + block.columnCount) {
    pieces.push({ row: block.row, column: right, rowCount: block.rowCount, columnCount: block.column + block.columnCount - right });
  }
  if (block.row < top) pieces.push({ row: block.row, column: left, rowCount: top - block.row, columnCount: right - left });
  if (bottom < block.row + block.rowCount) {
    pieces.push({ row: bottom, column: left, rowCount: block.row + block.rowCount - bottom, columnCount: right - left });
  }
  return pieces;
}

function blockAddress(block: GridBlock): string {
  return rangeAddress(block.row, block.column, block.rowCount, block.columnCount);
}

function bodyColumn(location: TableLocation, column: number): GridBlock {
  return { row: location.headerRow + 1, column, rowCount: Math.max(1, location.rowCount), columnCount: 1 };
}

export class XlsxWorkbookHost implements WorkbookHost {
  private selected: SelectedCell | null = null;

  constructor(readonly workbook: Workbook = new Workbook()) {}

  static async fromFile(path: string): Promise<XlsxWorkbookHost> {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxWorkbookHost(workbook);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbookHost> {
    const workbook = new Workbook();
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    return new XlsxWorkbookHost(workbook);
  }

  /**
   * A workbook holding one block of cells per sheet, optionally as an Excel table; the
   * selection is the first block's first body cell (or its header cell when it has no body).
   */
  static fromGrid(...sheets: GridSheet[]): XlsxWorkbookHost {
    const host = new XlsxWorkbookHost();
    for (const grid of sheets) {
      const sheet = host.workbook.getWorksheet(grid.sheet) ?? host.workbook.addWorksheet(grid.sheet);
      const origin = grid.origin ?? { row: 0, column: 0 };
      const width = Math.max(0, ...grid.rows.map((row) => row.length));
      if (grid.tableName !== undefined) {
        const [header = [], ...body] = grid.rows;
        sheet.addTable({
          name: grid.tableName,
          ref: cellAddress(origin.row, origin.column),
          headerRow: true,
          style: { theme: 'TableStyleLight1', showRowStripes: true },
          columns: Array.from({ length: width }, (_, i) => ({ name: shownText(toExcelJs(header[i] ?? null)) || `Column${i + 1}`, filterButton: true })),
          rows: body.map((row) => Array.from({ length: width }, (_, i) => toExcelJs(row[i] ?? null))),
        });
      } else {
        grid.rows.forEach((row, r) =>
          row.forEach((value, c) => {
            if (toExcelJs(value) !== null) sheet.getCell(origin.row + r + 1, origin.column + c + 1).value = toExcelJs(value);
          }),
        );
      }
      grid.numberFormats?.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format && format !== 'General') sheet.getCell(origin.row + r + 1, origin.column + c + 1).numFmt = format;
        }),
      );
      if (host.selected === null) host.select(grid.sheet, cellAddress(origin.row + (grid.rows.length > 1 ? 1 : 0), origin.column));
    }
    return host;
  }

  /** Makes a cell (an A1 address such as "B4" on `sheet`) the selection that `readSelectedTable` starts from. */
  select(sheet: string, address: string): void {
    const block = parseAddress(address);
    this.selected = { sheet, row: block.row, column: block.column };
    // Saved with the file too, as Excel saves the active cell.
    const worksheet = this.sheet(sheet);
    const activeCell = cellAddress(block.row, block.column);
    worksheet.views = [{ ...(worksheet.views?.[0] ?? { state: 'normal' }), activeCell }];
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' }), activeTab: this.workbook.worksheets.indexOf(worksheet) }];
  }

  async saveToFile(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  private selection(): SelectedCell | null {
    if (this.selected !== null) return this.selected;
    const visible = this.workbook.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
    const sheet = visible[this.workbook.views?.[0]?.activeTab ?? 0] ?? visible[0] ?? this.workbook.worksheets[0];
    if (sheet === undefined) return null;
    const active = sheet.views?.[0]?.activeCell;
    const block = active ? parseAddress(active) : { row: 0, column: 0 };
    return { sheet: sheet.name, row: block.row, column: block.column };
  }

  private sheet(name: string): Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (sheet === undefined) throw new Error(`The sheet "${name}" is not in this workbook.`);
    return sheet;
  }

  private tableNamed(name: string): { sheet: Worksheet; handle: TableHandle } | null {
    for (const sheet of this.workbook.worksheets) {
      const handle = tablesOf(sheet).find((table) => table.table.name === name);
      if (handle !== undefined) return { sheet, handle };
    }
    return null;
  }

  /** A 0-based cell, without creating it. */
  private static find(sheet: Worksheet, row: number, column: number): Cell | undefined {
    return sheet.findCell(row + 1, column + 1);
  }

  private static filled(sheet: Worksheet, row: number, column: number): boolean {
    if (row < 0 || column < 0) return false;
    const cell = XlsxWorkbookHost.find(sheet, row, column);
    return cell !== undefined && (formulaOf(cell) !== null || shownValue(cell.value) !== null);
  }

  /** Excel's current region around a cell. */
  private static surroundingRegion(sheet: Worksheet, row: number, column: number): GridBlock {
    return surroundingRegion((r, c) => XlsxWorkbookHost.filled(sheet, r, c), row, column);
  }

  private static tableLocation(sheet: Worksheet, model: TableModel): TableLocation {
    const block = tableBlock(model);
    return {
      sheet: sheet.name,
      tableName: model.name,
      headerRow: block.row,
      firstColumn: block.column,
      columnCount: block.columnCount,
      rowCount: block.rowCount - 1 - (model.totalsRow ? 1 : 0),
    };
  }

  private snapshot(location: TableLocation): TableSnapshot {
    const sheet = this.sheet(location.sheet);
    const { headerRow, firstColumn, columnCount, rowCount } = location;
    const cell = (row: number, column: number) => XlsxWorkbookHost.find(sheet, row, column);
    const columns = Array.from({ length: columnCount }, (_, i) => firstColumn + i);
    const body = Array.from({ length: rowCount }, (_, i) => headerRow + 1 + i);
    const beyondCount = Math.min(COLUMNS_READ_BEYOND_TABLE, SHEET_COLUMNS - (firstColumn + columnCount));
    const beyondColumns = Array.from({ length: Math.max(0, beyondCount) }, (_, i) => firstColumn + columnCount + i);
    return {
      location,
      headers: columns.map((c) => shownText(cell(headerRow, c)?.value ?? null)),
      ...(headerRow > 0 ? { headerAbove: columns.map((c) => shownText(cell(headerRow - 1, c)?.value ?? null)) } : {}),
      values: body.map((r) => columns.map((c) => shownValue(cell(r, c)?.value ?? null))),
      formulas: body.map((r) => columns.map((c) => formulaOf(cell(r, c)))),
      numberFormats: body.map((r) => columns.map((c) => cell(r, c)?.numFmt || 'General')),
      validations: columns.map((c) => XlsxWorkbookHost.validationOver(sheet, bodyColumn(location, c))),
      beyond: [headerRow, ...body].map((r) => beyondColumns.map((c) => formulaOrValueText(cell(r, c)))),
    };
  }

  async readSelectedTable(): Promise<ReadTableResult> {
    const selected = this.selection();
    if (selected === null) return { kind: 'none', reason: NO_TABLE_REASONS.emptyCell };
    const sheet = this.sheet(selected.sheet);
    const inside = (block: GridBlock) =>
      selected.row >= block.row && selected.row < block.row + block.rowCount && selected.column >= block.column && selected.column < block.column + block.columnCount;
    const table = tablesOf(sheet).find((handle) => inside(tableBlock(handle.table)));
    let location: TableLocation;
    if (table !== undefined) {
      if (table.table.headerRow === false) return { kind: 'none', reason: headerlessTableReason(table.table.name) };
      location = XlsxWorkbookHost.tableLocation(sheet, table.table);
    } else {
      const region = XlsxWorkbookHost.surroundingRegion(sheet, selected.row, selected.column);
      const found = regionTable(sheet.name, region, () => !XlsxWorkbookHost.filled(sheet, selected.row, selected.column));
      if (found.kind === 'none') return found;
      location = found.location;
    }
    return { kind: 'table', table: this.snapshot(location) };
  }

  async readTable(location: TableLocation): Promise<ReadTableResult> {
    const table = location.tableName === null ? null : this.tableNamed(location.tableName);
    let current: TableLocation;
    if (table !== null) {
      if (table.handle.table.headerRow === false) return { kind: 'none', reason: headerlessTableReason(table.handle.table.name) };
      current = XlsxWorkbookHost.tableLocation(table.sheet, table.handle.table);
    } else if (this.workbook.getWorksheet(location.sheet) === undefined) {
      return { kind: 'none', reason: missingSheetReason(location.sheet) };
    } else {
      current = { ...location, tableName: null };
    }
    if (current.rowCount < 1) return { kind: 'none', reason: NO_TABLE_REASONS.oneRow };
    return { kind: 'table', table: this.snapshot(current) };
  }

  async apply(changes: WorkbookChanges): Promise<ApplyResult> {
    changes.validations.forEach(checkListWords);
    const { location, basis } = changes;
    if (basis) {
      const stop = basisCheck(basis, this.snapshot(basis.location), changes);
      if (stop !== null) return stop;
    }
    const sheet = this.sheet(location.sheet);
    const table = location.tableName === null ? null : (this.tableNamed(location.tableName)?.handle.table ?? null);
    const columns = [...changes.columns].sort((a, b) => a.column - b.column);
    let wroteFormula = false;

    // Structure first, as on Excel: every new column is in place before any cell is written.
    for (const write of columns.filter((column) => column.isNew)) {
      let header = write.header;
      const block = table === null ? null : tableBlock(table);
      if (table !== null && block !== null && write.column === block.column + block.columnCount) {
        // Through the table, as Excel's table columns.add: cells right of it move over; the header is made unique.
        XlsxWorkbookHost.moveCells(sheet, block.row, block.row + block.rowCount - 1, write.column, 1);
        header = uniqueHeader(table.columns.map((column) => column.name), write.header);
        XlsxWorkbookHost.growTable(table, header);
      }
      sheet.getCell(location.headerRow + 1, write.column + 1).value = header;
      if (write.numberFormat !== null) {
        for (let i = 0; i < location.rowCount; i++) sheet.getCell(location.headerRow + 2 + i, write.column + 1).numFmt = write.numberFormat;
      }
    }
    for (const write of columns) {
      write.rowFormats?.forEach((format, i) => {
        sheet.getCell(location.headerRow + 2 + i, write.column + 1).numFmt = format;
      });
      write.cells.forEach((cellWrite: CellWrite | null, i) => {
        if (cellWrite === null) return;
        const row = location.headerRow + 1 + i;
        const cell = sheet.getCell(row + 1, write.column + 1);
        const formula = a1FormulaOf(cellWrite, row, write.column);
        if ('value' in cellWrite) {
          cell.value = toExcelJs(cellWrite.value);
        } else {
          const result = toExcelJs(cellWrite.shows);
          cell.value = { formula: (formula ?? '').replace(/^=/, ''), ...(result === null ? {} : { result }) } as ExcelJsValue;
          wroteFormula = true;
        }
      });
    }

    for (const wordFormat of changes.wordFormats) {
      const block = bodyColumn(location, wordFormat.column);
      this.clearConditionalFormats(sheet, block);
      this.addWordRules(sheet, block, wordFormat.styles);
    }

    for (const validation of changes.validations) {
      const block = bodyColumn(location, validation.column);
      XlsxWorkbookHost.clearValidations(sheet, block);
      XlsxWorkbookHost.validations(sheet)[blockAddress(block)] = {
        type: 'list',
        allowBlank: true,
        ...(validation.errorAlert === 'information' ? { showErrorMessage: true, errorStyle: 'information' } : { showErrorMessage: false }),
        formulae: [`"${validation.words.join(',')}"`],
      };
    }

    for (const group of changes.groups) {
      for (let column = group.firstColumn; column <= group.lastColumn; column++) {
        const sheetColumn = sheet.getColumn(column + 1);
        sheetColumn.outlineLevel = 1;
        sheetColumn.hidden = true;
      }
      sheet.properties.outlineLevelCol = Math.max(sheet.properties.outlineLevelCol ?? 0, 1);
    }

    if (changes.pageSetup) XlsxWorkbookHost.writePageSetup(sheet, changes.pageSetup);
    this.writeSettings(changes.settings);
    if (wroteFormula) this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return { kind: 'written', table: await this.written(location) };
  }

  async remove(removal: WorkbookRemoval): Promise<TableSnapshot> {
    const { location } = removal;
    const sheet = this.sheet(location.sheet);
    for (const group of removal.groups) {
      for (let column = group.firstColumn; column <= group.lastColumn; column++) {
        const sheetColumn = sheet.getColumn(column + 1);
        sheetColumn.outlineLevel = 0;
        sheetColumn.hidden = false;
      }
    }
    // Before any column is deleted, while these columns still mean the user's.
    for (const column of removal.clearValidations) XlsxWorkbookHost.clearValidations(sheet, bodyColumn(location, column));
    const table = location.tableName === null ? null : (this.tableNamed(location.tableName)?.handle.table ?? null);
    // Right to left, so each column still points at what it meant.
    for (const column of [...removal.columns].sort((a, b) => b - a)) {
      const block: GridBlock = { row: location.headerRow, column, rowCount: location.rowCount + 1, columnCount: 1 };
      this.clearConditionalFormats(sheet, block);
      XlsxWorkbookHost.clearValidations(sheet, block);
      const tableColumns = table === null ? null : tableBlock(table);
      for (let r = block.row; r < block.row + block.rowCount; r++) XlsxWorkbookHost.clearCell(sheet.getCell(r + 1, column + 1));
      if (table !== null && tableColumns !== null && column >= tableColumns.column && column < tableColumns.column + tableColumns.columnCount) {
        // Deleting a table column, as Excel does: the cells right of it in the table's rows move left.
        XlsxWorkbookHost.moveCells(sheet, tableColumns.row, tableColumns.row + tableColumns.rowCount - 1, column + 1, -1);
        XlsxWorkbookHost.shrinkTable(table, column - tableColumns.column);
      }
    }
    this.deleteSheets(removal.sheets);
    if (removal.settings !== null) this.writeSettings(removal.settings);
    else this.deleteSettings();
    return this.written(locationAfterRemoval(location, removal.columns));
  }

  /** The named sheets that exist (names are case-insensitive in Excel); when they are every visible sheet, the first stays, as Excel keeps one. */
  private deleteSheets(names: readonly string[]): void {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    const visible = (ws: Worksheet) => ws.state === undefined || ws.state === 'visible';
    const doomed = this.workbook.worksheets.filter((ws) => wanted.has(ws.name.toLowerCase()));
    const keep = this.workbook.worksheets.some((ws) => visible(ws) && !doomed.includes(ws)) ? undefined : doomed.find(visible);
    for (const sheet of doomed) if (sheet !== keep) this.workbook.removeWorksheet(sheet.id);
  }

  /** The table a write just left, as `readTable` would give it. */
  private async written(location: TableLocation): Promise<TableSnapshot> {
    const result = await this.readTable(location);
    if (result.kind === 'none') throw new Error(result.reason);
    return result.table;
  }

  async readSettings(): Promise<string | null> {
    const sheet = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (sheet === undefined) return null;
    const chunks: string[] = [];
    for (let row = 2; row <= sheet.rowCount; row++) chunks.push(shownText(sheet.getCell(row, 1).value));
    const json = chunks.join('');
    return json === '' ? null : json;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  /** exceljs writes no charts: the file gets the summary's cells (formulas with their results), not its chart. */
  async writeSummary(summary: SummaryWrite): Promise<void> {
    const problem = summaryProblem(summary);
    if (problem) throw new Error(problem);
    const target = this.clearedSheet(summary.sheetName);
    summary.cells.forEach((row, r) =>
      row.forEach((write, c) => {
        if (write === null) return;
        const cell = target.getCell(r + 1, c + 1);
        cell.value = XlsxWorkbookHost.excelJsOf(write);
        if (write.numberFormat !== undefined) cell.numFmt = write.numberFormat;
        if (write.bold) cell.font = { bold: true };
      }),
    );
    // The title rows span the sheet; the table's columns are sized for what it holds.
    const tableRows = summary.cells.slice(summary.chart.firstRow - 1);
    const width = Math.max(...tableRows.map((row) => row.length));
    for (let c = 0; c < width; c++) {
      const longest = Math.max(...tableRows.map((row) => shownLength(row[c])));
      target.getColumn(c + 1).width = Math.min(60, Math.max(10, longest + 2));
    }
    this.writeSettings(summary.settings);
  }

  /** exceljs writes no charts: each chart's sheet gets its data cells (values), not the line chart. */
  async writeXmrCharts(charts: XmrChartWrite[], settings: string): Promise<void> {
    const problem = chartsProblem(charts);
    if (problem) throw new Error(problem);
    for (const chart of charts) {
      const sheet = this.clearedSheet(chart.sheetName);
      const { headerRow, rowCount } = chart.data;
      chart.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const cell = sheet.getCell(r + 1, c + 1);
          cell.value = value;
          if (c > 0 && r > headerRow && r <= headerRow + rowCount) cell.numFmt = chart.numberFormat;
        }),
      );
    }
    this.writeSettings(settings);
  }

  /** The add-in's own sheet of this name emptied (names are case-insensitive in Excel), or a new one. */
  private clearedSheet(name: string): Worksheet {
    const wanted = name.toLowerCase();
    const sheet = this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
    if (sheet === undefined) return this.workbook.addWorksheet(name);
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => XlsxWorkbookHost.clearCell(cell)));
    setFormats(sheet, []);
    (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model = {};
    return sheet;
  }

  /** Print titles, landscape, one page wide; word columns widened (never narrowed) to their longest word. */
  private static writePageSetup(sheet: Worksheet, setup: PageSetupWrite): void {
    const rows = `${setup.titleRows.first + 1}:${setup.titleRows.last + 1}`;
    const columns = setup.titleColumns && `${columnLetters(setup.titleColumns.first)}:${columnLetters(setup.titleColumns.last)}`;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: setup.orientation,
      fitToPage: true,
      fitToWidth: setup.fitToPagesWide,
      fitToHeight: 0,
      printTitlesRow: rows,
      ...(columns ? { printTitlesColumn: columns } : {}),
    };
    for (const { column, characters } of setup.columnWidths) {
      const sheetColumn = sheet.getColumn(column + 1);
      sheetColumn.width = Math.max(sheetColumn.width ?? 0, characters);
    }
    const body = { first: setup.titleRows.last + 2, last: sheet.rowCount };
    for (const column of setup.wrapColumns) {
      for (let row = body.first; row <= body.last; row++) {
        const cell = sheet.getCell(row, column + 1);
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      }
    }
  }

  private static excelJsOf(write: SummaryCell): ExcelJsValue {
    if (!('formula' in write)) return toExcelJs(write.value);
    const result = toExcelJs(write.shows);
    return { formula: write.formula.replace(/^=/, ''), ...(result === null ? {} : { result }) } as ExcelJsValue;
  }

  // ---------------------------------------------------------------------------------------

  private static clearCell(cell: Cell): void {
    cell.value = null;
    cell.style = {};
  }

  /**
   * Moves the cells of rows [top, bottom] (0-based) from `from` on one column right (`by` 1)
   * or left (-1), with their styles, word formats and dropdowns, as inserting or deleting
   * cells in Excel does. (exceljs has no partial-row insert; `spliceColumns` moves every row.)
   */
  private static moveCells(sheet: Worksheet, top: number, bottom: number, from: number, by: 1 | -1): void {
    for (let r = top; r <= bottom; r++) {
      const last = sheet.getRow(r + 1).cellCount; // 1-based column of the last cell in the row
      const columns = Array.from({ length: Math.max(0, last - from) }, (_, i) => from + i);
      for (const c of by === 1 ? columns.reverse() : columns) {
        const source = sheet.getCell(r + 1, c + 1);
        const target = sheet.getCell(r + 1, c + 1 + by);
        target.value = source.value;
        target.style = { ...source.style };
        XlsxWorkbookHost.clearCell(source);
      }
    }
    const moved = (address: string) => {
      const range = parseAddress(address);
      const inRows = range.row <= bottom && range.row + range.rowCount - 1 >= top;
      return range.column >= from && inRows ? blockAddress({ ...range, column: range.column + by }) : blockAddress(range);
    };
    setFormats(sheet, formatsOf(sheet).map((format) => ({ ...format, ref: format.ref.split(/\s+/).filter(Boolean).map(moved).join(' ') })));
    const model = XlsxWorkbookHost.validations(sheet);
    const entries = Object.entries(model);
    for (const [address] of entries) delete model[address];
    for (const [address, rule] of entries) if (rule !== undefined) model[moved(address)] = rule;
  }

  private static growTable(table: TableModel, header: string): void {
    const block = tableBlock(table);
    table.columns.push({ name: header, filterButton: true, totalsRowFunction: 'none' });
    const grown = { ...block, columnCount: block.columnCount + 1 };
    table.tableRef = blockAddress(grown);
    if (table.ref !== undefined) table.ref = cellAddress(block.row, block.column);
    if (table.autoFilterRef !== undefined || table.headerRow !== false) {
      table.autoFilterRef = blockAddress({ ...grown, rowCount: grown.rowCount - (table.totalsRow ? 1 : 0) });
    }
  }

  private static shrinkTable(table: TableModel, index: number): void {
    const block = tableBlock(table);
    table.columns.splice(index, 1);
    const shrunk = { ...block, columnCount: block.columnCount - 1 };
    table.tableRef = blockAddress(shrunk);
    if (table.autoFilterRef !== undefined) table.autoFilterRef = blockAddress({ ...shrunk, rowCount: shrunk.rowCount - (table.totalsRow ? 1 : 0) });
  }

  private static validations(sheet: Worksheet): Record<string, unknown> {
    return (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  }

  /**
   * The validation over a block, one column wide: the same inline list on every cell, or
   * none, or something else. (exceljs keeps a read file's validations cell by cell, and
   * its own as ranges, so each cell is looked up.)
   */
  private static validationOver(sheet: Worksheet, block: GridBlock): ColumnValidation {
    const entries = Object.entries(XlsxWorkbookHost.validations(sheet)).map(([address, rule]) => ({ range: parseAddress(address), rule }));
    const found = new Map<string, ColumnValidation>();
    for (let row = block.row; row < block.row + block.rowCount; row++) {
      const here = { row, column: block.column, rowCount: 1, columnCount: 1 };
      const rule = entries.find((entry) => entry.rule !== undefined && overlaps(entry.range, here))?.rule as
        | { type?: string; formulae?: unknown[] }
        | undefined;
      const formula = rule?.type === 'list' ? rule.formulae?.[0] : undefined;
      // An inline list is written as its words in quotes: "High,Low".
      const validation: ColumnValidation =
        rule === undefined
          ? { kind: 'none' }
          : typeof formula === 'string' && /^".*"$/s.test(formula)
            ? { kind: 'list', source: formula.slice(1, -1) }
            : { kind: 'other' };
      found.set(JSON.stringify(validation), validation);
    }
    const [only] = found.values();
    return found.size === 1 ? only : { kind: 'other' };
  }

  /** Takes validations off a block: ranges that reach into it are cut back to the cells outside it. */
  private static clearValidations(sheet: Worksheet, block: GridBlock): void {
    const model = XlsxWorkbookHost.validations(sheet);
    for (const address of Object.keys(model)) {
      const validation = model[address];
      const range = parseAddress(address);
      if (!overlaps(range, block)) continue;
      delete model[address];
      if (validation === undefined) continue;
      for (const piece of subtractBlock(range, block)) model[blockAddress(piece)] = validation;
    }
  }

  /** Takes conditional formats off a block, as Excel's `clearAll` on a range does. */
  private clearConditionalFormats(sheet: Worksheet, block: GridBlock): void {
    const kept: ConditionalFormatting[] = [];
    for (const format of formatsOf(sheet)) {
      const ranges = format.ref.split(/\s+/).filter(Boolean).map((address) => parseAddress(address));
      if (!ranges.some((range) => overlaps(range, block))) {
        kept.push(format);
        continue;
      }
      const pieces = ranges.flatMap((range) => subtractBlock(range, block));
      if (pieces.length) kept.push({ ...format, ref: pieces.map(blockAddress).join(' ') });
    }
    setFormats(sheet, kept);
  }

  private addWordRules(sheet: Worksheet, block: GridBlock, styles: readonly WordStyle[]): void {
    let priority = Math.max(0, ...formatsOf(sheet).flatMap((format) => format.rules.map((rule) => rule.priority ?? 0)));
    sheet.addConditionalFormatting({
      ref: blockAddress(block),
      rules: styles.map((style) => ({
        type: 'cellIs',
        operator: 'equal',
        // A cell-value-equals rule's formula is the quoted word ("Green"), as Excel writes it.
        formulae: [equalsWordFormula(style.word).slice(1)],
        priority: ++priority,
        style: {
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } },
          font: { color: { argb: argb(style.font) } },
        },
      })),
    });
  }

  private writeSettings(json: string): void {
    this.deleteSettings();
    const sheet = this.workbook.addWorksheet(SETTINGS_SHEET, { state: 'hidden' });
    sheet.getCell(1, 1).value = SETTINGS_NOTE;
    for (let i = 0, row = 2; i < json.length; i += SETTINGS_CHUNK, row++) sheet.getCell(row, 1).value = json.slice(i, i + SETTINGS_CHUNK);
  }

  private deleteSettings(): void {
    const sheet = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (sheet !== undefined) this.workbook.removeWorksheet(sheet.id);
  }
}
