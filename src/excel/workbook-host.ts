/**
 * The small interface between the task pane and a workbook. Excel (Office.js), the
 * in-memory demo workbook and the .xlsx file adapter used in tests all implement it, so
 * the pane and the planner never touch Office.js themselves.
 *
 * Coordinates are 0-based and absolute on the sheet (row 0 is Excel's row 1, column 0 is A).
 * Each method is one batch: an implementation on Excel costs a constant number of
 * `context.sync()` calls whatever the table size.
 */
import { type CellValue } from '../kpi/cell';

/** Where a KPI table sits: one header row, then `rowCount` body rows, over `columnCount` columns. */
export interface TableLocation {
  sheet: string;
  /** The Excel table's name when the block is an Excel table, otherwise null (a plain range). */
  tableName: string | null;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  rowCount: number;
}

/**
 * How many columns to the right of a table are read with it, to place new columns safely and
 * to find the add-in's own beside a plain range: Portable adds up to 19 (four rule columns,
 * RAG, DoT, the fixed-value mark and twelve helpers).
 */
export const COLUMNS_READ_BEYOND_TABLE = 24;

/** The data validation on the body cells of one column, as a read finds it. */
export type ColumnValidation =
  | { kind: 'none' }
  /** The same in-cell list on every body cell; `source` is its words as Excel keeps them, comma-separated. */
  | { kind: 'list'; source: string }
  /** Any other rule, different rules on different cells, or a rule on only some of them. */
  | { kind: 'other' };

export interface TableSnapshot {
  location: TableLocation;
  /** Header texts, one per column of the table. */
  headers: string[];
  /**
   * The row above the header row as text, one per column ("" for an empty cell; a merge's
   * text in its first cell, or in every cell it covers: both read alike): a top row of roles
   * over a header row of periods. Absent when the header is the sheet's first row.
   */
  headerAbove?: string[];
  /** Body values as Excel shows them: numbers, text, logicals; null for an empty cell. */
  values: CellValue[][];
  /** Body formulas: the formula text (starting "=") where a cell holds one, else null. */
  formulas: (string | null)[][];
  /** Body number formats, e.g. "0.0%", "General". */
  numberFormats: string[][];
  /** The data validation on each column's body cells, one per column of the table. */
  validations: ColumnValidation[];
  /**
   * The `COLUMNS_READ_BEYOND_TABLE` columns right of the table, header row first, as
   * formulas-or-values text ("" for an empty cell): new columns go only where this is empty,
   * unless the user agrees to overwrite.
   */
  beyond: string[][];
}

export type ReadTableResult = { kind: 'table'; table: TableSnapshot } | { kind: 'none'; reason: string };

/**
 * A cell to write: a formula (with the value the engine expects it to show), or a plain value.
 * Text is stored as text: a host must not let the spreadsheet reinterpret it (typed into
 * Excel, "5%" would become the number 0.05 and turn a relative tolerance into 5 hundredths).
 *
 * A formula may be given in R1C1 notation (`formulaR1C1`, references relative to the cell,
 * e.g. `=IF(RC[-3]>=RC[2],"Green","Red")`): consecutive cells of a column holding the same
 * R1C1 formula are one formula filled down, which a host can send once for the whole run
 * instead of once per row (Excel on the web caps each request at 5 MB).
 */
export type CellWrite = { formula: string; shows: CellValue } | { formulaR1C1: string; shows: CellValue } | { value: CellValue };

/** A column the add-in writes. `cells[i]` is body row i; null leaves that cell as it is. */
export interface ColumnWrite {
  /** Absolute column on the sheet. */
  column: number;
  /** Header text; written only for new columns. */
  header: string;
  /** True for a column the add-in creates; false for an existing column of the table. */
  isNew: boolean;
  cells: (CellWrite | null)[];
  /** Number format for the body cells of a new column (e.g. "0.0%"), or null to leave it. */
  numberFormat: string | null;
  /**
   * A number format for each body row, written whether the column is new or not: the
   * add-in's helper columns, whose rows hold figures in each measure's own units.
   */
  rowFormats?: readonly string[];
}

/** Colours for one word, as hex "#RRGGBB". */
export interface WordStyle {
  word: string;
  fill: string;
  font: string;
}

/**
 * "Cell value equals <word>" rules over the body cells of one column: one rule per word.
 * (Equals rules survive a round trip through other spreadsheets; contains-text rules do not.)
 */
export interface WordFormatWrite {
  column: number;
  styles: WordStyle[];
}

/** An in-cell dropdown on the body cells of one column. */
export interface ListValidationWrite {
  column: number;
  words: string[];
  /**
   * What Excel does when a typed word is not in the list: 'information' tells the user and
   * keeps the word; absent, Excel's default Stop alert refuses it.
   */
  errorAlert?: 'information';
}

/** Columns to outline-group and collapse (helper columns of Portable output). */
export interface ColumnGroupWrite {
  firstColumn: number;
  lastColumn: number;
}

/**
 * How the table's sheet prints, so that a PDF pairs every rating with its measure: landscape,
 * all columns fitted to one page wide, the header row (and, for a wide table, the measure
 * column) repeated on every page, and columns wide enough for their longest word.
 */
export interface PageSetupWrite {
  /** Rows repeated at the top of every page (0-based, inclusive). */
  titleRows: { first: number; last: number };
  /** Columns repeated at the left of every page (0-based, inclusive), or null. */
  titleColumns: { first: number; last: number } | null;
  orientation: 'landscape';
  /** Fitted to one page wide, as many pages tall as the rows take. */
  fitToPagesWide: 1;
  /** Columns to make at least this wide, in characters of the default font. */
  columnWidths: { column: number; characters: number }[];
  /** Columns whose cells wrap their text (the measure names), so that a long name is read whole. */
  wrapColumns: number[];
}

/** Everything one Apply writes, in one batch. */
export interface WorkbookChanges {
  location: TableLocation;
  columns: ColumnWrite[];
  /** Replaces any earlier word formats on these columns, so applying again adds no duplicates. */
  wordFormats: WordFormatWrite[];
  validations: ListValidationWrite[];
  groups: ColumnGroupWrite[];
  /** The add-in's settings JSON, saved with the workbook. */
  settings: string;
  /** The sheet's print set-up; absent leaves it as it is. */
  pageSetup?: PageSetupWrite;
  /**
   * The table as the plan saw it. Given it, a host first reads the table again and writes
   * nothing if anything in it has changed since: cells it would write ('changed'), or the
   * inputs it rated and anything else the plan read ('stale'; see changed-cells.ts).
   */
  basis?: TableSnapshot;
}

/**
 * What Apply did: wrote, giving the table as it now is; or wrote nothing because cells it
 * would write have changed since the plan ('changed', as the user typed over them: ask
 * again); or wrote nothing because cells the plan rated from have changed ('stale': plan
 * again from `table`, the sheet as it is now, read in the same round trip).
 */
export type ApplyResult =
  | { kind: 'written'; table: TableSnapshot }
  | { kind: 'changed'; cells: string[] }
  | { kind: 'stale'; cells: string[]; table: TableSnapshot };

/** What Remove takes away: exactly the columns the add-in created, with their formats. */
export interface WorkbookRemoval {
  location: TableLocation;
  /** Absolute columns the add-in created (ascending). */
  columns: number[];
  /**
   * Absolute columns of the user's own whose body cells lose the dropdown the add-in added
   * to them: only the validation is cleared, never the values.
   */
  clearValidations: number[];
  groups: ColumnGroupWrite[];
  /**
   * Sheets to delete, by name (case-insensitive, as in Excel): the add-in's own. A name no
   * sheet has is skipped, and the workbook's last visible sheet is never deleted (Excel refuses both).
   */
  sheets: string[];
  /** Settings JSON to keep afterwards, or null to delete the add-in's settings. */
  settings: string | null;
  /** The table the removal was planned from: on Excel it sizes the read-back to the payload limit. */
  basis?: TableSnapshot;
}

/** A cell of the summary sheet: a value or formula, with its number format and weight. */
/** The summary's formulas are absolute A1 references to the table, so never R1C1. */
export type SummaryCell = (Extract<CellWrite, { formula: string }> | Extract<CellWrite, { value: CellValue }>) & { numberFormat?: string; bold?: boolean };

/** A summary table written to its own sheet, with a native chart of it. */
export interface SummaryWrite {
  sheetName: string;
  /** Cells from A1, row by row; null (or a short row) leaves a cell empty. */
  cells: (SummaryCell | null)[][];
  /**
   * The chart: a clustered column chart whose categories are column A and values column B
   * of `rowCount` rows from `firstRow` (0-based). Only these rows are its source, so a
   * subtotal row outside them is never a bar beside its own parts.
   */
  chart: { title: string; firstRow: number; rowCount: number };
  /** The add-in's settings JSON, naming this sheet as its own, saved in the same batch. */
  settings: string;
}

/** How one series of an XmR chart is drawn: a line through every point, or markers only (the special causes). */
export interface ChartSeriesWrite {
  /** Column of the data block (0-based, as in `XmrChartWrite.cells`) holding the series; its header cell names it. */
  column: number;
  draw: 'line' | 'dashed' | 'dotted' | 'markers';
  /** "#RRGGBB". */
  color: string;
  /** For markers: their shape, so that the shape and not only the colour tells one signal from another. */
  marker?: 'circle' | 'triangle' | 'square';
}

/**
 * One XmR chart on a sheet of its own: its data as plain cells (values, never formulas, so
 * a reader without the add-in sees the same chart) and a native line chart over them.
 */
export interface XmrChartWrite {
  sheetName: string;
  title: string;
  /** Cells from A1, row by row: notes, then the data block's header row and one row per period; null leaves a cell empty. */
  cells: (string | number | null)[][];
  /** The data block: its header row (0-based), the period rows under it; column 0 holds the periods (the categories). */
  data: { headerRow: number; rowCount: number };
  series: ChartSeriesWrite[];
  /** The number format of the data block's figures (every column but the periods), as the measure's table shows them. */
  numberFormat: string;
}

/**
 * Excel on the web refuses a request or a response over 5 MB; hosts keep each sync's
 * estimated payload under this, leaving headroom for what the estimate does not count.
 */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

export interface WorkbookHost {
  /** The table around the active cell: an Excel table, or the block with one header row. */
  readSelectedTable(): Promise<ReadTableResult>;
  /**
   * The table at a saved location (reopening a workbook). `sizeLike`, an earlier snapshot of
   * it, lets a host size its reads to the cells' length (Excel on the web caps a response).
   */
  readTable(location: TableLocation, sizeLike?: TableSnapshot): Promise<ReadTableResult>;
  /**
   * Writes everything in one batch and returns the table as the writes left it, read in the
   * same batch: on Excel a re-read would cost another round of syncs. With `changes.basis`,
   * it writes nothing when the table has changed since the plan. Columns are added (through
   * an Excel table, or as cells beside a range) before any cell is written, so no insert
   * moves a reference a written formula already holds. In the table it returns, the cells
   * this Apply wrote hold their formulas as written, not read back.
   */
  apply(changes: WorkbookChanges): Promise<ApplyResult>;
  /** Takes away what the removal names; returns the table as it is afterwards, as `apply` does. */
  remove(removal: WorkbookRemoval): Promise<TableSnapshot>;
  /** The add-in's settings JSON saved with the workbook, or null. */
  readSettings(): Promise<string | null>;
  /** Names of the workbook's sheets (to place the summary without overwriting). */
  sheetNames(): Promise<string[]>;
  /** Writes (or replaces, when the add-in wrote it) the summary sheet and its chart. */
  writeSummary(summary: SummaryWrite): Promise<void>;
  /**
   * Writes each chart's sheet (replacing the add-in's own sheet of that name; the pane never
   * names anyone else's) and saves `settings`, all in one batch whatever the number of charts.
   */
  writeXmrCharts(charts: XmrChartWrite[], settings: string): Promise<void>;
  /**
   * Calls `callback` after cells change anywhere in the workbook, the add-in's own writes
   * included, so the pane can follow edits made in the sheet; returns the unsubscribe.
   * Optional: a host without change events is not followed.
   */
  onChanged?(callback: () => void): () => void;
}

/** Settings key under which the add-in keeps its JSON in the workbook. */
export const SETTINGS_KEY = 'kpiRag';
