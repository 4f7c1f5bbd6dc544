/**
 * `WorkbookHost` in memory: sheets of cells, Excel tables, word formats, dropdowns, column
 * groups, the add-in's settings and summary sheets, behaving as Excel does for everything
 * the pane asks of it. It stands in for Excel on the demo page and in the pane's tests,
 * which read what was written through `snapshot()` and `cell()`.
 */
import { type CellValue } from '../kpi/cell';
import { type GridBlock, SHEET_COLUMNS, parseAddress, rangeAddress } from './a1';
import { basisCheck } from './changed-cells';
import { a1FormulaOf } from './formula-refs';
import { uniqueHeader } from './table-headers';
import { chartsProblem, summaryProblem } from './write-checks';
import { NO_TABLE_REASONS, locationAfterRemoval, missingSheetReason, regionTable, surroundingRegion } from './table-finding';
import {
  COLUMNS_READ_BEYOND_TABLE,
  type ApplyResult,
  type CellWrite,
  type ColumnGroupWrite,
  type ColumnValidation,
  type PageSetupWrite,
  type ReadTableResult,
  type SummaryWrite,
  type ChartSeriesWrite,
  type XmrChartWrite,
  type TableLocation,
  type TableSnapshot,
  type WordStyle,
  type WorkbookChanges,
  type WorkbookHost,
  type WorkbookRemoval,
} from './workbook-host';

/** What a cell holds: its value (what Excel shows; null when empty), formula and number format. */
export interface MemoryCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
}

/**
 * A cell to seed a sheet with: a plain value (text stays text, even "=1+1" or "5%"), a value
 * with a number format, or a formula with the value it shows.
 */
export type SeedCell =
  | CellValue
  | { value: CellValue; numberFormat: string }
  | { formula: string; shows: CellValue; numberFormat?: string };

export interface MemoryWorkbookSeed {
  /** Each sheet's cells, a row per array, placed from `at` (default "A1"). */
  sheets: { name: string; cells: readonly (readonly SeedCell[])[]; at?: string }[];
  /** Excel tables, each over its header row and body, e.g. "A1:F31". */
  tables?: { name: string; sheet: string; range: string }[];
  /** In-cell dropdowns the user made, e.g. over "KPIs!C2:C31". */
  validations?: { range: string; words: string[] }[];
  /** The active cell, e.g. "KPIs!B2"; default A1 of the first sheet. */
  selection?: string;
  settings?: string | null;
}

/** "Cell value equals" word formats over one column's body cells. */
export interface WordFormatRecord {
  column: number;
  firstRow: number;
  rowCount: number;
  styles: WordStyle[];
}

/** An in-cell dropdown over one column's body cells. */
export interface ValidationRecord {
  column: number;
  firstRow: number;
  rowCount: number;
  words: string[];
  /** As `ListValidationWrite.errorAlert`: 'information' keeps a word not in the list; absent, Excel's Stop refuses it. */
  errorAlert?: 'information';
}

export type ChartRecord = ColumnChartRecord | LineChartRecord;

export interface ColumnChartRecord {
  type: 'ColumnClustered';
  title: string;
  /** The block charted, e.g. "A5:B9": categories and counts, without a header row. */
  source: string;
}

/** An XmR chart: a line chart over the sheet's own cells. */
export interface LineChartRecord {
  type: 'Line';
  title: string;
  /** The periods, e.g. "A4:A27". */
  categories: string;
  /** Each series: its name (the header cell's text), its cells, and how it is drawn. */
  series: { name: string; values: string; draw: ChartSeriesWrite['draw']; color: string; marker?: ChartSeriesWrite['marker'] }[];
}

export interface SheetSnapshot {
  name: string;
  /** Rows from A1 to the last cell in use, every row as wide as the widest. */
  cells: MemoryCell[][];
  wordFormats: WordFormatRecord[];
  validations: ValidationRecord[];
  /** Outline groups of columns, collapsed as Apply leaves them. */
  groups: ColumnGroupWrite[];
  chart: ChartRecord | null;
  /** The print set-up the last Apply wrote, or null (absent in a snapshot made by hand). */
  pageSetup?: PageSetupWrite | null;
}

export interface TableRecord {
  name: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Body rows, under the header row. */
  rowCount: number;
}

export interface CellSelection {
  sheet: string;
  row: number;
  column: number;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableRecord[];
  selection: CellSelection;
  settings: string | null;
}

/** The methods that read or write; subscribing to changes is neither. */
export type HostMethod = Exclude<keyof WorkbookHost, 'onChanged'>;

/** An error shaped like Office.js's: a `code` such as "ItemNotFound", so the pane reads both alike. */
export class MemoryHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MemoryHostError';
  }
}

const GENERAL = 'General';
const EMPTY: MemoryCell = { value: null, formula: null, numberFormat: GENERAL };

/** A copy the caller cannot change afterwards (the demo page runs where structuredClone may not exist). */
function copyPageSetup(setup: PageSetupWrite): PageSetupWrite {
  return {
    ...setup,
    titleRows: { ...setup.titleRows },
    titleColumns: setup.titleColumns && { ...setup.titleColumns },
    columnWidths: setup.columnWidths.map((width) => ({ ...width })),
    wrapColumns: [...setup.wrapColumns],
  };
}

/** Excel keeps no empty text: a cell given "" is empty. */
function stored(value: CellValue): MemoryCell['value'] {
  return value === undefined || value === '' ? null : value;
}

function seedCell(seed: SeedCell): MemoryCell {
  if (seed === null || typeof seed !== 'object') return { ...EMPTY, value: stored(seed) };
  if ('formula' in seed) return { value: stored(seed.shows), formula: seed.formula, numberFormat: seed.numberFormat ?? GENERAL };
  return { value: stored(seed.value), formula: null, numberFormat: seed.numberFormat };
}

function text(value: MemoryCell['value']): string {
  return value === null ? '' : String(value);
}

function holds(block: GridBlock, row: number, column: number): boolean {
  return row >= block.row && row < block.row + block.rowCount && column >= block.column && column < block.column + block.columnCount;
}

function tableBlock(table: TableRecord): GridBlock {
  return { row: table.headerRow, column: table.firstColumn, rowCount: table.rowCount + 1, columnCount: table.columnCount };
}

function sameGroup(a: ColumnGroupWrite, b: ColumnGroupWrite): boolean {
  return a.firstColumn === b.firstColumn && a.lastColumn === b.lastColumn;
}

class MemorySheet {
  private readonly cells = new Map<number, MemoryCell>();
  wordFormats: WordFormatRecord[] = [];
  validations: ValidationRecord[] = [];
  groups: ColumnGroupWrite[] = [];
  chart: ChartRecord | null = null;
  pageSetup: PageSetupWrite | null = null;

  constructor(public name: string) {}

  get(row: number, column: number): MemoryCell {
    return this.cells.get(row * SHEET_COLUMNS + column) ?? EMPTY;
  }

  put(row: number, column: number, cell: MemoryCell): void {
    const key = row * SHEET_COLUMNS + column;
    if (cell.value === null && cell.formula === null && cell.numberFormat === GENERAL) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Writes a value or formula (an R1C1 one as this cell's A1 formula), keeping the cell's number format. */
  write(row: number, column: number, write: CellWrite): void {
    const { numberFormat } = this.get(row, column);
    const formula = a1FormulaOf(write, row, column);
    if ('value' in write) this.put(row, column, { value: stored(write.value), formula: null, numberFormat });
    else this.put(row, column, { value: stored(write.shows), formula, numberFormat });
  }

  isEmpty(row: number, column: number): boolean {
    const cell = this.get(row, column);
    return cell.value === null && cell.formula === null;
  }

  /** Excel's current region (Ctrl+*) around a cell. */
  region(row: number, column: number): GridBlock {
    return surroundingRegion((r, c) => !this.isEmpty(r, c), row, column);
  }

  /** Clears every cell of a block: values, formulas and number formats. */
  clear(block: GridBlock): void {
    for (const key of [...this.cells.keys()]) {
      if (holds(block, Math.floor(key / SHEET_COLUMNS), key % SHEET_COLUMNS)) this.cells.delete(key);
    }
  }

  clearAll(): void {
    this.cells.clear();
    this.wordFormats = [];
    this.validations = [];
    this.groups = [];
    this.chart = null;
    this.pageSetup = null;
  }

  /** The dropdowns over rows [firstRow, firstRow + rowCount) of a column, as one rule or none. */
  validationOver(column: number, firstRow: number, rowCount: number): ColumnValidation {
    const rules = this.validations.filter((rule) => rule.column === column && rule.firstRow < firstRow + rowCount && firstRow < rule.firstRow + rule.rowCount);
    if (rules.length === 0) return { kind: 'none' };
    const [rule] = rules;
    const covers = rules.length === 1 && rule.firstRow <= firstRow && rule.firstRow + rule.rowCount >= firstRow + rowCount;
    return covers ? { kind: 'list', source: rule.words.join(',') } : { kind: 'other' };
  }

  /** Takes the dropdowns off rows [firstRow, firstRow + rowCount) of a column, keeping any parts outside them. */
  clearValidation(column: number, firstRow: number, rowCount: number): void {
    const end = firstRow + rowCount;
    this.validations = this.validations.flatMap((rule) => {
      const ruleEnd = rule.firstRow + rule.rowCount;
      if (rule.column !== column || ruleEnd <= firstRow || rule.firstRow >= end) return [rule];
      const above = rule.firstRow < firstRow ? [{ ...rule, rowCount: firstRow - rule.firstRow }] : [];
      const below = ruleEnd > end ? [{ ...rule, firstRow: end, rowCount: ruleEnd - end }] : [];
      return [...above, ...below];
    });
  }

  /** Drops the word formats and dropdowns on these columns. */
  dropRules(columns: readonly number[]): void {
    this.wordFormats = this.wordFormats.filter((rule) => !columns.includes(rule.column));
    this.validations = this.validations.filter((rule) => !columns.includes(rule.column));
  }

  /**
   * Inserts cells at `column` in rows [top, bottom], as Excel does when a table gains a
   * column: the cells from there on in those rows move one column right, with their word
   * formats and dropdowns.
   */
  insertCells(top: number, bottom: number, column: number): void {
    this.moveCells(top, bottom, column, 1);
  }

  /** Deletes the cells at `column` in rows [top, bottom]: the cells right of them in those rows move left, as Excel's table column delete does. */
  deleteCells(top: number, bottom: number, column: number): void {
    this.clear({ row: top, column, rowCount: bottom - top + 1, columnCount: 1 });
    const inRows = (rule: { firstRow: number; rowCount: number }) => rule.firstRow <= bottom && rule.firstRow + rule.rowCount - 1 >= top;
    this.wordFormats = this.wordFormats.filter((rule) => rule.column !== column || !inRows(rule));
    this.validations = this.validations.filter((rule) => rule.column !== column || !inRows(rule));
    this.moveCells(top, bottom, column + 1, -1);
  }

  private moveCells(top: number, bottom: number, from: number, by: 1 | -1): void {
    const moved: [number, number, MemoryCell][] = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / SHEET_COLUMNS);
      const column = key % SHEET_COLUMNS;
      if (row >= top && row <= bottom && column >= from) moved.push([row, column, cell]);
    }
    for (const [row, column] of moved) this.cells.delete(row * SHEET_COLUMNS + column);
    for (const [row, column, cell] of moved) this.put(row, column + by, cell);
    const move = <T extends { column: number; firstRow: number; rowCount: number }>(rule: T): T =>
      rule.column >= from && rule.firstRow <= bottom && rule.firstRow + rule.rowCount - 1 >= top ? { ...rule, column: rule.column + by } : rule;
    this.wordFormats = this.wordFormats.map(move);
    this.validations = this.validations.map(move);
  }

  snapshot(): SheetSnapshot {
    let rows = 0;
    let columns = 0;
    for (const key of this.cells.keys()) {
      rows = Math.max(rows, Math.floor(key / SHEET_COLUMNS) + 1);
      columns = Math.max(columns, (key % SHEET_COLUMNS) + 1);
    }
    return {
      name: this.name,
      cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => ({ ...this.get(r, c) }))),
      wordFormats: this.wordFormats.map((rule) => ({ ...rule, styles: rule.styles.map((style) => ({ ...style })) })),
      validations: this.validations.map((rule) => ({ ...rule, words: [...rule.words] })),
      groups: this.groups.map((group) => ({ ...group })),
      chart: this.chart && { ...this.chart },
      pageSetup: this.pageSetup && copyPageSetup(this.pageSetup),
    };
  }
}

export class MemoryWorkbookHost implements WorkbookHost {
  private readonly sheets: MemorySheet[] = [];
  private readonly tables: TableRecord[] = [];
  private selection: CellSelection;
  private settings: string | null;
  private readonly failures = new Map<HostMethod, Error>();
  private readonly listeners = new Set<() => void>();
  private readonly cellListeners = new Set<() => void>();
  /** How many times each method of `WorkbookHost` has been called. */
  readonly calls: Record<HostMethod, number> = {
    readSelectedTable: 0,
    readTable: 0,
    apply: 0,
    remove: 0,
    readSettings: 0,
    sheetNames: 0,
    writeSummary: 0,
    writeXmrCharts: 0,
  };

  constructor(seed: MemoryWorkbookSeed) {
    if (seed.sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
    for (const { name, cells, at = 'A1' } of seed.sheets) {
      const sheet = this.addSheet(name);
      const origin = parseAddress(at);
      cells.forEach((row, r) => row.forEach((cell, c) => sheet.put(origin.row + r, origin.column + c, seedCell(cell))));
    }
    for (const { name, sheet, range } of seed.tables ?? []) {
      const block = parseAddress(range);
      if (block.rowCount < 2) throw new RangeError(`table ${name} needs a header row and at least one body row; got ${range}`);
      this.tables.push({ name, sheet: this.sheetNamed(sheet).name, headerRow: block.row, firstColumn: block.column, columnCount: block.columnCount, rowCount: block.rowCount - 1 });
    }
    this.selection = { sheet: this.sheets[0].name, row: 0, column: 0 };
    for (const { range, words } of seed.validations ?? []) this.putValidation(range, words);
    if (seed.selection !== undefined) this.selection = this.locate(seed.selection);
    this.settings = seed.settings ?? null;
  }

  // ---- WorkbookHost ----

  async readSelectedTable(): Promise<ReadTableResult> {
    this.begin('readSelectedTable');
    const { sheet: sheetName, row, column } = this.selection;
    const sheet = this.sheetNamed(sheetName);
    const table = this.tables.find((t) => t.sheet === sheet.name && holds(tableBlock(t), row, column));
    if (table) return this.read(sheet, this.locationOf(table));
    const found = regionTable(sheet.name, sheet.region(row, column), () => sheet.isEmpty(row, column));
    return found.kind === 'none' ? found : this.read(sheet, found.location);
  }

  async readTable(location: TableLocation): Promise<ReadTableResult> {
    this.begin('readTable');
    return this.current(location);
  }

  /** The table now: an Excel table where it now stands, or the cells where the block was. */
  private current(location: TableLocation): ReadTableResult {
    const table = location.tableName === null ? undefined : this.tables.find((t) => t.name === location.tableName);
    if (table) return this.read(this.sheetNamed(table.sheet), this.locationOf(table));
    const sheet = this.findSheet(location.sheet);
    if (!sheet) return { kind: 'none', reason: missingSheetReason(location.sheet) };
    // The table is gone (converted to a range, say): read the cells where it was.
    return this.read(sheet, { ...location, sheet: sheet.name, tableName: null });
  }

  async apply(changes: WorkbookChanges): Promise<ApplyResult> {
    this.begin('apply');
    const { location, basis } = changes;
    const sheet = this.sheetNamed(location.sheet);
    if (basis) {
      const now = this.read(this.sheetNamed(basis.location.sheet), basis.location);
      const stop = now.kind === 'table' ? basisCheck(basis, now.table, changes) : null;
      if (stop !== null) return stop;
    }
    const table = location.tableName === null ? null : this.tableNamed(location.tableName);
    const body = (column: number) => ({ column, firstRow: location.headerRow + 1, rowCount: location.rowCount });
    const columns = [...changes.columns].sort((a, b) => a.column - b.column);

    // Structure first, as on Excel: every new column is in place before any cell is written.
    for (const write of columns.filter((column) => column.isNew)) {
      if (table !== null && write.column === table.firstColumn + table.columnCount) {
        // Through the table, as Excel's table columns.add: cells right of the table move over, and the header is made unique.
        sheet.insertCells(table.headerRow, table.headerRow + table.rowCount, write.column);
        const headers = Array.from({ length: table.columnCount }, (_, i) => text(sheet.get(table.headerRow, table.firstColumn + i).value));
        table.columnCount += 1;
        sheet.write(location.headerRow, write.column, { value: uniqueHeader(headers, write.header) });
      } else {
        sheet.write(location.headerRow, write.column, { value: write.header });
      }
      const format = write.numberFormat;
      if (format !== null) {
        for (let r = 0; r < location.rowCount; r++) {
          const row = location.headerRow + 1 + r;
          sheet.put(row, write.column, { ...sheet.get(row, write.column), numberFormat: format });
        }
      }
    }
    for (const write of columns) {
      write.rowFormats?.forEach((numberFormat, r) => {
        const row = location.headerRow + 1 + r;
        sheet.put(row, write.column, { ...sheet.get(row, write.column), numberFormat });
      });
      write.cells.forEach((cell, r) => {
        if (cell !== null) sheet.write(location.headerRow + 1 + r, write.column, cell);
      });
    }
    for (const { column, styles } of changes.wordFormats) {
      sheet.wordFormats = [...sheet.wordFormats.filter((rule) => rule.column !== column), { ...body(column), styles: [...styles] }];
    }
    for (const { column, words, errorAlert } of changes.validations) {
      const rule = { ...body(column), words: [...words], ...(errorAlert ? { errorAlert } : {}) };
      sheet.validations = [...sheet.validations.filter((known) => known.column !== column), rule];
    }
    for (const group of changes.groups) {
      if (!sheet.groups.some((known) => sameGroup(known, group))) sheet.groups.push({ ...group });
    }
    if (changes.pageSetup) sheet.pageSetup = copyPageSetup(changes.pageSetup);
    this.settings = changes.settings;
    this.changed();
    return { kind: 'written', table: this.written(location) };
  }

  async remove(removal: WorkbookRemoval): Promise<TableSnapshot> {
    this.begin('remove');
    const { location } = removal;
    const sheet = this.sheetNamed(location.sheet);
    const table = location.tableName === null ? null : this.tableNamed(location.tableName);
    sheet.groups = sheet.groups.filter((known) => !removal.groups.some((group) => sameGroup(known, group)));
    // Before any column is deleted, while these columns still mean the user's.
    for (const column of removal.clearValidations) sheet.clearValidation(column, location.headerRow + 1, location.rowCount);
    // Right to left, so each column still means the one it meant. A column of an Excel table
    // is deleted from it; one written beside the table (or beside a range) is cleared.
    for (const column of [...removal.columns].sort((a, b) => b - a)) {
      if (table !== null && column >= table.firstColumn && column < table.firstColumn + table.columnCount) {
        sheet.deleteCells(table.headerRow, table.headerRow + table.rowCount, column);
        table.columnCount -= 1;
      } else {
        sheet.clear({ row: location.headerRow, column, rowCount: location.rowCount + 1, columnCount: 1 });
        sheet.dropRules([column]);
      }
    }
    this.deleteSheets(removal.sheets);
    this.settings = removal.settings;
    this.changed();
    return this.written(locationAfterRemoval(location, removal.columns));
  }

  /** The named sheets that exist, with their tables; when they are every sheet, the first stays (Excel keeps one visible). */
  private deleteSheets(names: readonly string[]): void {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    const doomed = this.sheets.filter((sheet) => wanted.has(sheet.name.toLowerCase()));
    if (doomed.length === this.sheets.length) doomed.shift();
    for (const sheet of doomed) {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet.name) this.tables.splice(i, 1);
      // Excel moves the selection to another sheet.
      if (this.selection.sheet === sheet.name) this.selection = { sheet: this.sheets[0].name, row: 0, column: 0 };
    }
  }

  /** The table a write just left; the write only touched a table the read found, so it is there. */
  private written(location: TableLocation): TableSnapshot {
    const result = this.current(location);
    if (result.kind === 'none') throw new MemoryHostError('ItemNotFound', result.reason);
    return result.table;
  }

  async readSettings(): Promise<string | null> {
    this.begin('readSettings');
    return this.settings;
  }

  async sheetNames(): Promise<string[]> {
    this.begin('sheetNames');
    return this.sheets.map((sheet) => sheet.name);
  }

  async writeSummary(summary: SummaryWrite): Promise<void> {
    this.begin('writeSummary');
    const { cells, chart } = summary;
    const problem = summaryProblem(summary);
    if (problem) throw new MemoryHostError('InvalidArgument', problem);
    let sheet = this.findSheet(summary.sheetName);
    // The add-in's own summary sheet is cleared and rewritten; the pane never names anyone else's.
    if (sheet) sheet.clearAll();
    else sheet = this.addSheet(summary.sheetName);
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        // The demo does not calculate: a formula keeps the value the plan counted for it.
        const numberFormat = cell.numberFormat ?? GENERAL;
        if ('formula' in cell) sheet.put(r, c, { value: stored(cell.shows), formula: cell.formula, numberFormat });
        else sheet.put(r, c, { value: stored(cell.value), formula: null, numberFormat });
      }),
    );
    sheet.chart = { type: 'ColumnClustered', title: chart.title, source: rangeAddress(chart.firstRow, 0, chart.rowCount, 2) };
    this.settings = summary.settings;
    this.changed();
  }

  async writeXmrCharts(charts: XmrChartWrite[], settings: string): Promise<void> {
    this.begin('writeXmrCharts');
    const problem = chartsProblem(charts);
    if (problem) throw new MemoryHostError('InvalidArgument', problem);
    for (const chart of charts) {
      const existing = this.findSheet(chart.sheetName);
      if (existing) existing.clearAll();
      const sheet = existing ?? this.addSheet(chart.sheetName);
      const { headerRow, rowCount } = chart.data;
      const isFigure = (r: number, c: number) => c > 0 && r > headerRow && r <= headerRow + rowCount;
      chart.cells.forEach((row, r) =>
        row.forEach((value, c) => value !== null && sheet.put(r, c, { value, formula: null, numberFormat: isFigure(r, c) ? chart.numberFormat : GENERAL })),
      );
      sheet.chart = {
        type: 'Line',
        title: chart.title,
        categories: rangeAddress(headerRow + 1, 0, rowCount, 1),
        series: chart.series.map((series) => ({
          name: String(chart.cells[headerRow]?.[series.column] ?? ''),
          values: rangeAddress(headerRow + 1, series.column, rowCount, 1),
          draw: series.draw,
          color: series.color,
          ...(series.marker ? { marker: series.marker } : {}),
        })),
      };
    }
    this.settings = settings;
    this.changed();
  }

  // ---- For the demo page and tests ----

  /** Makes a cell active, e.g. "KPIs!B3", or "B3" on the active sheet. */
  select(address: string): void {
    this.selection = this.locate(address);
    this.changed(false);
  }

  /** Sets one cell, as a user typing into the sheet would. */
  setCell(address: string, cell: SeedCell): void {
    const { sheet, row, column } = this.locate(address);
    this.sheetNamed(sheet).put(row, column, seedCell(cell));
    this.changed();
  }

  /** Renames a sheet, as a user would on its tab (tables and the selection on it go with it). */
  renameSheet(from: string, to: string): void {
    if (this.findSheet(to)) throw new MemoryHostError('ItemAlreadyExists', `There is already a sheet named "${to}".`);
    const sheet = this.sheetNamed(from);
    for (const table of this.tables) if (table.sheet === sheet.name) table.sheet = to;
    if (this.selection.sheet === sheet.name) this.selection = { ...this.selection, sheet: to };
    sheet.name = to;
    this.changed(false);
  }

  /** Puts an in-cell dropdown over a block, e.g. "KPIs!C2:C31", as a user would (Data > Data Validation); null takes it off. */
  setValidation(range: string, words: string[] | null): void {
    this.putValidation(range, words);
    this.changed();
  }

  /** One cell, e.g. "KPIs!H2", or "H2" on the active sheet. */
  cell(address: string): MemoryCell {
    const { sheet, row, column } = this.locate(address);
    return { ...this.sheetNamed(sheet).get(row, column) };
  }

  /** The whole workbook as plain data (a copy: changing it changes nothing). */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((sheet) => sheet.snapshot()),
      tables: this.tables.map((table) => ({ ...table })),
      selection: { ...this.selection },
      settings: this.settings,
    };
  }

  /** The next call of `method` fails with `error` and changes nothing, as Excel would on, say, a locked cell. */
  failNext(method: HostMethod, error: Error): void {
    this.failures.set(method, error);
  }

  /** Calls `listener` after every change to the workbook or the selection; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** As `onChange`, but not for a new selection: only cells changing, as Excel's onChanged. */
  onChanged(callback: () => void): () => void {
    this.cellListeners.add(callback);
    return () => this.cellListeners.delete(callback);
  }

  // ---- Internals ----

  private begin(method: HostMethod): void {
    this.calls[method] += 1;
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private changed(cells = true): void {
    if (cells) this.cellListeners.forEach((listener) => listener());
    this.listeners.forEach((listener) => listener());
  }

  private addSheet(name: string): MemorySheet {
    if (this.findSheet(name)) throw new MemoryHostError('ItemAlreadyExists', `There is already a sheet named "${name}".`);
    const sheet = new MemorySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Sheet names are case-insensitive in Excel. */
  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private sheetNamed(name: string): MemorySheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new MemoryHostError('ItemNotFound', `There is no sheet named "${name}".`);
    return sheet;
  }

  private tableNamed(name: string): TableRecord {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new MemoryHostError('ItemNotFound', `There is no table named "${name}".`);
    return table;
  }

  private putValidation(range: string, words: string[] | null): void {
    const block = parseAddress(range);
    const sheet = this.sheetNamed(block.sheet ?? this.selection.sheet);
    for (let column = block.column; column < block.column + block.columnCount; column++) {
      sheet.clearValidation(column, block.row, block.rowCount);
      if (words !== null) sheet.validations.push({ column, firstRow: block.row, rowCount: block.rowCount, words: [...words] });
    }
  }

  private locate(address: string): CellSelection {
    const block = parseAddress(address);
    return { sheet: this.sheetNamed(block.sheet ?? this.selection.sheet).name, row: block.row, column: block.column };
  }

  private locationOf(table: TableRecord): TableLocation {
    const { name, sheet, headerRow, firstColumn, columnCount, rowCount } = table;
    return { sheet, tableName: name, headerRow, firstColumn, columnCount, rowCount };
  }

  private read(sheet: MemorySheet, location: TableLocation): ReadTableResult {
    const { headerRow, firstColumn, columnCount, rowCount } = location;
    if (rowCount < 1) return { kind: 'none', reason: NO_TABLE_REASONS.oneRow };
    const across = <T>(from: number, count: number, f: (column: number) => T) => Array.from({ length: count }, (_, i) => f(from + i));
    const body = <T>(f: (cell: MemoryCell) => T) =>
      Array.from({ length: rowCount }, (_, r) => across(firstColumn, columnCount, (c) => f(sheet.get(headerRow + 1 + r, c))));
    const tableEnd = firstColumn + columnCount;
    const beyondCount = Math.min(COLUMNS_READ_BEYOND_TABLE, SHEET_COLUMNS - tableEnd);
    const table: TableSnapshot = {
      location,
      headers: across(firstColumn, columnCount, (c) => text(sheet.get(headerRow, c).value)),
      ...(headerRow > 0 ? { headerAbove: across(firstColumn, columnCount, (c) => text(sheet.get(headerRow - 1, c).value)) } : {}),
      values: body((cell) => cell.value),
      formulas: body((cell) => cell.formula),
      numberFormats: body((cell) => cell.numberFormat),
      validations: across(firstColumn, columnCount, (c) => sheet.validationOver(c, headerRow + 1, rowCount)),
      beyond: Array.from({ length: rowCount + 1 }, (_, r) =>
        across(tableEnd, beyondCount, (c) => {
          const cell = sheet.get(headerRow + r, c);
          return cell.formula ?? text(cell.value);
        }),
      ),
    };
    return { kind: 'table', table };
  }
}
