/**
 * The summary sheet, checked in an independent spreadsheet engine.
 *
 * Leicestershire's and Bedford's tables, and the quarterly scorecard (a table by period too),
 * are applied (Portable) and summarised the way the pane does it, through `XlsxWorkbookHost`. Every cached result in the summary is then made
 * wrong (999), and every RAG formula's result "WRONG", so only a real recalculation passes:
 * after LibreOffice recalculates, each count must be the number of cells of the RAG column
 * showing that word, and each share that count over the rated (Green, Amber, Red) ones.
 *
 * Skips, saying so, when LibreOffice is not installed; with REQUIRE_LIBREOFFICE=1 it fails.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Cell } from 'exceljs';
import { type GridSheet, XlsxWorkbookHost } from '../../src/excel/file-host';
import { planApply } from '../../src/plan/apply-plan';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { locationHolding, planSummary, ragColumnOf } from '../../src/plan/summary-plan';
import { type SummaryCell, type SummaryWrite, type TableLocation } from '../../src/excel/workbook-host';
import { type CellValue } from '../../src/kpi/cell';
import { proposeMapping } from '../../src/plan/column-guess';
import { bedfordGrid, leicestershireGrid, quarterlyGrid } from '../support/kpi-grids';
import { OVER_TIME, expectedMatrix, overTimeGrid } from '../support/over-time-words';
import { type OverTimeMatrix } from '../../src/plan/summary-plan';
import { convertWithLibreOffice, findPdfToText, findSoffice, makeRecalculatingProfile, pdfText } from '../support/libreoffice';
import { DIRECTION_PALETTE, RAG_PALETTE } from '../../src/plan/rag-palette';

const soffice = findSoffice();
if (soffice === null && process.env.REQUIRE_LIBREOFFICE) throw new Error('REQUIRE_LIBREOFFICE is set but LibreOffice (soffice) is not installed.');
if (soffice === null) console.warn('SKIPPED test/excel/libreoffice-summary.test.ts: LibreOffice (soffice) is not installed, so the summary formulas were NOT recalculated.');
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

interface Summarised {
  name: string;
  file: string;
  location: TableLocation;
  ragColumn: number;
  /** The 1-based row of Green, the first of the summary's categories (category, count, share). */
  greenRow: number;
  categories: string[];
  /** The table by period: its first row below the header (1-based), how many periods, and the rows' labels. */
  periods: { headerRow: number; columns: number; rows: string[] } | null;
  write: SummaryWrite;
}

/** Gives a formula cell (an exceljs cell, not Office.js) a cached result that only a recalculation replaces. */
function wrongResult(cell: Cell, result: string | number): void {
  const { value } = cell as { value: unknown };
  const formula = value !== null && typeof value === 'object' ? (value as { formula?: string }).formula : undefined;
  if (formula !== undefined) cell.value = { formula, result } as never;
}

async function summarised(name: string, grid: GridSheet, dir: string, overTime?: OverTimeMatrix): Promise<Summarised> {
  const host = XlsxWorkbookHost.fromGrid(grid, ...(overTime ? [overTimeGrid()] : []));
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(`${name}: ${read.reason}`);
  const table = read.table;
  const plan = planApply({ table, mapping: proposeMapping(table).mapping, defaults: DEFAULTS, mode: 'portable', previous: null, overwrite: false, edits: new Map() });
  if (plan.kind !== 'ready') throw new Error(`${name}: the plan is ${plan.kind}`);
  await host.apply(plan.changes);
  const ragColumn = ragColumnOf(plan.settings)!;
  const counted = await host.readTable(locationHolding(table.location, ragColumn));
  if (counted.kind !== 'table') throw new Error(`${name}: ${counted.reason}`);
  const write = planSummary({ table: counted.table, ragColumn, period: null, inserted: new Date(), sheetName: 'KPI summary', settings: '{}', saved: plan.settings, overTime });
  await host.writeSummary(write);

  const sheet = host.workbook.getWorksheet(table.location.sheet)!;
  for (let i = 0; i < table.location.rowCount; i++) wrongResult(sheet.getCell(table.location.headerRow + 2 + i, ragColumn + 1), 'WRONG');
  host.workbook.getWorksheet('KPI summary')!.eachRow((row) => row.eachCell((cell) => wrongResult(cell, 999)));
  const file = path.join(dir, `${name}.xlsx`);
  await host.saveToFile(file);
  const firstRow = write.chart.firstRow; // 0-based
  const label = (row: (SummaryCell | null)[]) => (row[0] && 'value' in row[0] ? String(row[0].value) : '');
  // The chart's rows and Green & Amber below them; a table by period, when the table has several, after a blank row.
  const categories = write.cells.slice(firstRow, firstRow + write.chart.rowCount + 1).map(label);
  const byPeriod = write.cells.findIndex((row) => label(row) === 'By period');
  const periods = byPeriod < 0 ? null : { headerRow: byPeriod + 4, columns: write.cells[byPeriod + 2].length - 1, rows: write.cells.slice(byPeriod + 3).map(label) };
  return { name, file, location: table.location, ragColumn, greenRow: firstRow + 1, categories, periods, write };
}

describeWithLibreOffice('the summary sheet recalculated by LibreOffice', () => {
  let work: string;
  const cases: Summarised[] = [];
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-summary-'));
    fs.mkdirSync(path.join(work, 'given'));
    cases.push(await summarised('leicestershire', leicestershireGrid(), path.join(work, 'given')));
    cases.push(await summarised('bedford', bedfordGrid(), path.join(work, 'given')));
    cases.push(await summarised('quarterly', quarterlyGrid(), path.join(work, 'given'), OVER_TIME));
    const profile = makeRecalculatingProfile(path.join(work, 'profile'));
    const conversion = await convertWithLibreOffice(soffice!, profile, cases.map((c) => c.file), 'xlsx', path.join(work, 'recalculated'));
    cases.forEach((c, i) => recalculated.set(c.name, conversion.outputs[i]));
  }, 300_000);

  afterAll(() => {
    if (work && !process.env.KEEP_LIBREOFFICE_FILES) fs.rmSync(work, { recursive: true, force: true });
  });

  it('quarterly: the table by period recalculates too: the rated quarter’s counts are the RAG column’s, every share its count over the rated, the other quarters as inserted', async () => {
    const c = cases.find((item) => item.name === 'quarterly')!;
    expect(c.periods).not.toBeNull();
    const { headerRow, columns, rows } = c.periods!;
    const book = await XlsxWorkbookHost.fromFile(recalculated.get('quarterly')!);
    const summary = book.workbook.getWorksheet('KPI summary')!;
    const result = (row: number, column: number) => {
      const value = summary.getCell(row, column).value as { result?: unknown } | CellValue;
      return value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
    };
    const rowOf = (label: string) => headerRow + rows.indexOf(label);
    const mainCount = (i: number) => result(c.greenRow + i, 2);
    let ratedColumns = 0;
    for (let column = 2; column < 2 + columns; column++) {
      const counted = result(rowOf('Counted'), column);
      if (counted === 'not rated') continue;
      const counts = ['Green', 'Amber', 'Red'].map((word) => Number(result(rowOf(word), column)));
      const sum = counts.reduce((a, b) => a + b, 0);
      if (counted === 'formulas: recalculate') {
        ratedColumns += 1;
        ['Green', 'Amber', 'Red', 'N/A', 'No data'].forEach((word, i) => expect(result(rowOf(word), column)).toBe(mainCount(i)));
      } else {
        // Fixed at insert: what the plan wrote, not the 999 a stale cache would show.
        const planned = c.write.cells[rowOf('Green') - 1][column - 1];
        expect(planned && 'value' in planned ? planned.value : null).toBe(counts[0]);
      }
      ['Green', 'Amber', 'Red'].forEach((word, i) => {
        const share = result(rowOf(`${word} share of rated`), column);
        if (sum === 0) expect(share).toBe('');
        else expect(share).toBeCloseTo(counts[i] / sum, 12);
      });
    }
    expect(ratedColumns).toBe(1);
  });

  it('quarterly: the variation × assurance matrix beside the RAG table counts the over-time words as recalculated', async () => {
    const c = cases.find((item) => item.name === 'quarterly')!;
    const book = await XlsxWorkbookHost.fromFile(recalculated.get('quarterly')!);
    const summary = book.workbook.getWorksheet('KPI summary')!;
    const expected = expectedMatrix();
    const seen = expected.map((row, r) =>
      row.map((_, i) => {
        const cell = summary.getCell(c.greenRow + r, 6 + i).value as { formula?: string; result?: unknown } | null;
        expect(cell?.formula).toBeDefined();
        // exceljs reads a cached result of 0 as none; the 999 put there before LibreOffice would still show.
        return cell?.result ?? 0;
      }),
    );
    expect(seen).toEqual(expected);
  });

  it.each([['leicestershire'], ['bedford']])('%s: every count is a formula equal to the RAG column’s count of its word, and every share that count over the rated', async (name) => {
    const c = cases.find((item) => item.name === name)!;
    const book = await XlsxWorkbookHost.fromFile(recalculated.get(name)!);
    const sheet = book.workbook.getWorksheet(c.location.sheet)!;
    const words: string[] = [];
    for (let i = 0; i < c.location.rowCount; i++) {
      const value = sheet.getCell(c.location.headerRow + 2 + i, c.ragColumn + 1).value as { result?: unknown } | string | null;
      words.push(String(value !== null && typeof value === 'object' ? value.result : value));
    }
    expect(words).not.toContain('WRONG');
    const count = (word: string) => words.filter((w) => w.toLowerCase() === word.toLowerCase()).length;
    const rated = count('Green') + count('Amber') + count('Red');
    expect(rated).toBeGreaterThan(0);

    const summary = book.workbook.getWorksheet('KPI summary')!;
    const seen = c.categories.map((category, i) => {
      const [countCell, shareCell] = [2, 3].map((column) => summary.getCell(c.greenRow + i, column).value as { formula?: string; result?: unknown } | null);
      expect(countCell?.formula).toBeDefined();
      return [category, countCell?.result, shareCell === null ? null : shareCell.result];
    });
    const share = (n: number) => expect.closeTo(n / rated, 12);
    expect(seen).toEqual([
      ['Green', count('Green'), share(count('Green'))],
      ['Amber', count('Amber'), share(count('Amber'))],
      ['Red', count('Red'), share(count('Red'))],
      ['N/A', count('N/A'), null],
      ['No data', count('No data'), null],
      ['Green & Amber', count('Green') + count('Amber'), share(count('Green') + count('Amber'))],
    ]);
    console.log(`${name}: the summary LibreOffice recalculated: ${seen.map(([category, n]) => `${category} ${n}`).join(', ')} of ${words.length} rows.`);
  });
});

const RAG_WORDS = RAG_PALETTE.map((style) => style.word);
const DIRECTION_WORDS = DIRECTION_PALETTE.map((style) => style.word);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that start like a RAG or DoT word but stop short of it: "Deteriorat", "Unchangec". */
function cutWords(page: string): string[] {
  const words = [...RAG_WORDS, ...DIRECTION_WORDS].filter((word) => word.length > 3);
  return words.flatMap((word) => {
    const stems = new RegExp(`\\b(${escape(word.slice(0, 4))}[A-Za-z]*)`, 'g');
    return [...page.matchAll(stems)].map((m) => m[1]).filter((seen) => seen !== word && word.startsWith(seen.slice(0, -1)) && !words.includes(seen));
  });
}

describeWithLibreOffice('the applied tables printed to PDF by LibreOffice', () => {
  let work: string;
  const printed = new Map<string, { pages: string[]; measures: string[]; hasDirection: boolean }>();
  const pdftotext = findPdfToText();

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-pdf-'));
    const files: string[] = [];
    const measures = new Map<string, string[]>();
    const directions = new Map<string, boolean>();
    for (const [name, grid] of [['leicestershire', leicestershireGrid()], ['bedford', bedfordGrid()]] as const) {
      const host = XlsxWorkbookHost.fromGrid(grid);
      const read = await host.readSelectedTable();
      if (read.kind !== 'table') throw new Error(read.reason);
      const mapping = guessMapping(read.table.headers);
      const plan = planApply({ table: read.table, mapping, defaults: DEFAULTS, mode: 'portable', previous: null, overwrite: false, edits: new Map() });
      if (plan.kind !== 'ready') throw new Error(plan.kind);
      await host.apply(plan.changes);
      measures.set(name, read.table.values.map((row) => String(row[mapping.measure!])));
      directions.set(name, ragColumnOf(plan.settings) !== null && plan.settings.addedColumns.some((added) => added.kind === 'direction'));
      files.push(path.join(work, `${name}.xlsx`));
      await host.saveToFile(files[files.length - 1]);
    }
    const profile = makeRecalculatingProfile(path.join(work, 'profile'));
    const conversion = await convertWithLibreOffice(soffice!, profile, files, 'pdf', path.join(work, 'pdf'));
    if (pdftotext === null) return;
    conversion.outputs.forEach((pdf, i) => {
      const name = path.parse(files[i]).name;
      printed.set(name, { pages: pdfText(pdftotext, pdf).split('\f').filter((page) => page.trim() !== ''), measures: measures.get(name)!, hasDirection: directions.get(name)! });
    });
  }, 300_000);

  afterAll(() => {
    if (work && !process.env.KEEP_LIBREOFFICE_FILES) fs.rmSync(work, { recursive: true, force: true });
  });

  it.each([['leicestershire'], ['bedford']])('%s: every page with a RAG word shows measure names, and no RAG or DoT word is cut', (name) => {
    if (pdftotext === null) {
      console.warn('SKIPPED the PDF check: pdftotext (poppler-utils) is not installed.');
      return;
    }
    const { pages, measures, hasDirection } = printed.get(name)!;
    const ragOnPage = (page: string) => RAG_WORDS.some((word) => new RegExp(`(^|\\s)${escape(word)}(\\s|$)`, 'm').test(page));
    // A measure's name may wrap in its cell: its first few words are what a page shows of it.
    const measureOnPage = (page: string) => measures.some((measure) => page.includes(measure.split(/\s+/).slice(0, 3).join(' ')));
    const rated = pages.filter(ragOnPage);
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.map((page, i) => (measureOnPage(page) ? 'paired' : `page ${i + 1} has RAG words but no measure: ${page.slice(0, 300)}`))).toEqual(rated.map(() => 'paired'));
    expect(pages.flatMap(cutWords)).toEqual([]);
    // Leicestershire's table has a Previous column, so a DoT column whose words must print whole.
    if (hasDirection) expect(pages.join('\n')).toMatch(/Deteriorated/);
    expect(hasDirection).toBe(name === 'leicestershire');
    console.log(`${name}: ${pages.length} printed pages, ${rated.length} with RAG words, each with its measures.`);
  });
});
