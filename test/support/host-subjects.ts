/**
 * The three workbook hosts, each on the same small KPI workbook and each with the same way
 * of looking inside what it holds, for the host contract suite (test/excel/host-contract.test.ts):
 * the in-memory host, the .xlsx host (exceljs) and the Office host on the sync-counting fake Excel.
 */
import { type Worksheet } from 'exceljs';
import { type CellValue } from '../../src/kpi/cell';
import { cellAddress, parseAddress } from '../../src/excel/a1';
import { XlsxWorkbookHost } from '../../src/excel/file-host';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { OfficeWorkbookHost } from '../../src/excel/office-host';
import { type WorkbookHost } from '../../src/excel/workbook-host';
import { FakeExcel, type FakeSeries, type FakeValue } from './sync-counting-excel';

export const SHEET = 'KPIs';
export const TABLE = 'Kpis';

export interface SubjectSeed {
  /** Header row then body rows, from A1. */
  rows: CellValue[][];
  asTable: boolean;
  /** Cells outside the block, e.g. a note a user keeps beside the table: address → value. */
  extra?: Record<string, CellValue>;
}

/** A host, and what its workbook now holds, looked at the same way whatever the host. */
export interface Subject {
  host: WorkbookHost;
  /** A cell's formula, else its value as text ("" when empty); 0-based. */
  content(row: number, column: number): string;
  /** Types into a cell, as a user would. */
  type(row: number, column: number, value: CellValue): void;
  /** Puts a dropdown of the user's own on one cell (Data > Data Validation). */
  putDropdown(row: number, column: number, words: string[]): void;
  /** Columns with "cell value equals" word formats. */
  wordFormatColumns(): number[];
  /** The dropdown's words on a column's body, or null. */
  dropdown(column: number, firstRow: number, rowCount: number): string | null;
  /** The Excel table's width, or null on a plain range. */
  tableWidth(): number | null;
  /** Outline level of a column (0 when not grouped), and whether it is hidden. */
  outline(column: number): { level: number; hidden: boolean };
  /** A sheet's cells as values, from A1, `rows` × `columns`. */
  sheetValues(sheet: string, rows: number, columns: number): CellValue[][];
  /** The line charts on a sheet, each series as name, cells, periods and how drawn; null where the host writes no charts (xlsx). */
  lineCharts(sheet: string): LineChartSeen[] | null;
  /** A cell's number format on any sheet, 0-based ("General" when none was set). */
  numberFormat(sheet: string, row: number, column: number): string;
}

export interface LineChartSeen {
  title: string;
  series: { name: string; values: string; periods: string; draw: string; color: string; marker?: string }[];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function memorySubject(seed: SubjectSeed): Subject {
  const width = seed.rows[0].length;
  const host = new MemoryWorkbookHost({
    sheets: [{ name: SHEET, cells: seed.rows }],
    tables: seed.asTable ? [{ name: TABLE, sheet: SHEET, range: `A1:${cellAddress(seed.rows.length - 1, width - 1)}` }] : [],
    selection: `${SHEET}!B2`,
  });
  for (const [address, value] of Object.entries(seed.extra ?? {})) host.setCell(`${SHEET}!${address}`, value);
  const sheet = () => host.snapshot().sheets.find((s) => s.name === SHEET)!;
  return {
    host,
    content: (row, column) => {
      const cell = host.cell(`${SHEET}!${cellAddress(row, column)}`);
      return cell.formula ?? text(cell.value);
    },
    type: (row, column, value) => host.setCell(`${SHEET}!${cellAddress(row, column)}`, value),
    putDropdown: (row, column, words) => host.setValidation(`${SHEET}!${cellAddress(row, column)}`, words),
    wordFormatColumns: () => sheet().wordFormats.map((rule) => rule.column).sort((a, b) => a - b),
    dropdown: (column, firstRow, rowCount) => {
      const rule = sheet().validations.find((v) => v.column === column && v.firstRow <= firstRow && v.firstRow + v.rowCount >= firstRow + rowCount);
      return rule ? rule.words.join(',') : null;
    },
    tableWidth: () => host.snapshot().tables.find((t) => t.name === TABLE)?.columnCount ?? null,
    outline: (column) => {
      const level = sheet().groups.filter((g) => g.firstColumn <= column && column <= g.lastColumn).length;
      // The demo workbook keeps groups collapsed, as Apply leaves them.
      return { level, hidden: level > 0 };
    },
    sheetValues: (name, rows, columns) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => host.cell(`'${name}'!${cellAddress(r, c)}`).value)),
    lineCharts: (name) => {
      const chart = host.snapshot().sheets.find((s) => s.name === name)?.chart;
      if (chart?.type !== 'Line') return [];
      return [{ title: chart.title, series: chart.series.map(({ name: seriesName, values, draw, color, marker }) => ({ name: seriesName, values, periods: chart.categories, draw, color, ...(marker ? { marker } : {}) })) }];
    },
    numberFormat: (name, row, column) => host.cell(`'${name}'!${cellAddress(row, column)}`).numberFormat,
  };
}

type Formats = { ref: string; rules: { type: string }[] }[];

function fileSubject(seed: SubjectSeed): Subject {
  const host = XlsxWorkbookHost.fromGrid({ sheet: SHEET, rows: seed.rows, ...(seed.asTable ? { tableName: TABLE } : {}) });
  host.select(SHEET, 'B2');
  const sheet = (): Worksheet => host.workbook.getWorksheet(SHEET)!;
  for (const [address, value] of Object.entries(seed.extra ?? {})) sheet().getCell(address).value = value as never;
  const formats = () => (sheet() as unknown as { conditionalFormattings: Formats }).conditionalFormattings;
  const validations = () => (sheet() as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] } | undefined> } }).dataValidations.model;
  return {
    host,
    content: (row, column) => {
      const cell = sheet().findCell(row + 1, column + 1);
      if (cell === undefined) return '';
      if (cell.formula) return `=${cell.formula}`;
      return text(cell.value);
    },
    type: (row, column, value) => {
      sheet().getCell(row + 1, column + 1).value = value as never;
    },
    putDropdown: (row, column, words) => {
      validations()[cellAddress(row, column)] = { type: 'list', formulae: [`"${words.join(',')}"`] };
    },
    wordFormatColumns: () =>
      formats()
        .filter((format) => format.rules.some((rule) => rule.type === 'cellIs'))
        .map((format) => parseAddress(format.ref).column)
        .sort((a, b) => a - b),
    dropdown: (column, firstRow, rowCount) => {
      const found = Object.entries(validations()).find(([address, rule]) => {
        const block = parseAddress(address);
        return rule !== undefined && block.column === column && block.row <= firstRow && block.row + block.rowCount >= firstRow + rowCount;
      });
      return found?.[1] ? found[1].formulae[0].replace(/^"|"$/g, '') : null;
    },
    tableWidth: () => {
      const table = (sheet() as unknown as { getTables(): { table: { name: string; columns: unknown[] } }[] }).getTables().find((t) => t.table.name === TABLE);
      return table ? table.table.columns.length : null;
    },
    outline: (column) => ({ level: sheet().getColumn(column + 1).outlineLevel ?? 0, hidden: sheet().getColumn(column + 1).hidden }),
    sheetValues: (name, rows, columns) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => {
          const value = host.workbook.getWorksheet(name)?.findCell(r + 1, c + 1)?.value;
          return value === undefined || value === null ? null : (value as CellValue);
        }),
      ),
    lineCharts: () => null,
    numberFormat: (name, row, column) => host.workbook.getWorksheet(name)?.findCell(row + 1, column + 1)?.numFmt || 'General',
  };
}

function officeSubject(seed: SubjectSeed): Subject & { excel: FakeExcel } {
  const excel = new FakeExcel();
  const sheet = excel.addSheet(SHEET);
  const fill = (value: CellValue): FakeValue | null => (value === undefined ? null : value);
  sheet.fill(0, 0, seed.rows.map((row) => row.map(fill)));
  for (const [address, value] of Object.entries(seed.extra ?? {})) {
    const { row, column } = parseAddress(address);
    sheet.fill(row, column, [[fill(value)]]);
  }
  if (seed.asTable) {
    excel.tables.push({ name: TABLE, sheet: SHEET, headerRow: 0, firstColumn: 0, columnCount: seed.rows[0].length, rowCount: seed.rows.length - 1, showHeaders: true });
  }
  excel.select(SHEET, 1, 1);
  const host = new OfficeWorkbookHost(excel.run, () => true);
  return {
    excel,
    host,
    content: (row, column) => {
      const cell = excel.sheet(SHEET).get(row, column);
      return cell.formula ?? text(cell.value);
    },
    type: (row, column, value) => excel.sheet(SHEET).fill(row, column, [[fill(value)]]),
    putDropdown: (row, column, words) =>
      excel.sheet(SHEET).validations.push({ block: { row, column, rowCount: 1, columnCount: 1 }, rule: { list: { inCellDropDown: true, source: words.join(',') } } }),
    wordFormatColumns: () => [...new Set(excel.sheet(SHEET).rules.filter((rule) => rule.type === 'CellValue').map((rule) => rule.block.column))].sort((a, b) => a - b),
    dropdown: (column, firstRow, rowCount) => {
      const found = excel.sheet(SHEET).validations.find(
        (v) => v.block.column === column && v.block.row <= firstRow && v.block.row + v.block.rowCount >= firstRow + rowCount,
      );
      const source = found?.rule.list?.source;
      return typeof source === 'string' ? source : null;
    },
    tableWidth: () => excel.table(TABLE)?.columnCount ?? null,
    outline: (column) => ({ level: excel.sheet(SHEET).outline.get(column) ?? 0, hidden: excel.sheet(SHEET).hiddenColumns.has(column) }),
    sheetValues: (name, rows, columns) => excel.sheet(name).read(`A1:${cellAddress(rows - 1, columns - 1)}`).map((row) => row.map((v) => (v === '' ? null : v))),
    lineCharts: (name) =>
      excel
        .sheet(name)
        .charts.filter((chart) => chart.type === 'Line')
        .map((chart) => ({ title: chart.title, series: chart.series.map(officeSeriesSeen) })),
    numberFormat: (name, row, column) => excel.sheet(name).get(row, column).numberFormat,
  };
}

/** How the Office host drew a series, in the words of `ChartSeriesWrite.draw`. */
function officeSeriesSeen(series: FakeSeries): LineChartSeen['series'][number] {
  const draw = series.lineStyle === 'None' ? 'markers' : series.lineStyle === 'Dash' ? 'dashed' : series.lineStyle === 'Dot' ? 'dotted' : 'line';
  const color = draw === 'markers' ? series.markerBackgroundColor : series.lineColor;
  const marker = draw === 'markers' && series.markerStyle ? { marker: series.markerStyle.toLowerCase() } : {};
  return { name: series.name, values: series.values ?? '', periods: series.xValues ?? '', draw, color: color ?? '', ...marker };
}

export const SUBJECTS: [string, (seed: SubjectSeed) => Subject][] = [
  ['in-memory host', memorySubject],
  ['xlsx host (exceljs)', fileSubject],
  ['Office host on the fake Excel', officeSubject],
];

export { officeSubject };
