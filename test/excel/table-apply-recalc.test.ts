/**
 * A Portable Apply on an Excel table, on the fake Excel that moves references when table
 * columns are inserted: after one press, every RAG and DoT formula points at its own row's
 * inputs and helpers, and LibreOffice, recalculating the sheet the fake holds, gives the
 * engine's word in every row. (Written in the old order, formulas before the helper
 * columns were added, the inserts moved their references past the helpers.)
 *
 * Skips the recalculation, saying so, when LibreOffice is not installed.
 */
import { a1FormulaOf } from '../../src/excel/formula-refs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { OfficeWorkbookHost } from '../../src/excel/office-host';
import { planApply } from '../../src/plan/apply-plan';
import { runApply } from '../../src/plan/run-apply';
import { PORTABLE_HELPER_KINDS } from '../../src/plan/settings';
import { DEFAULTS, type ColumnMapping, type TableDefaults } from '../../src/plan/table-model';
import { FakeExcel } from '../support/sync-counting-excel';
import { leicestershireGrid } from '../support/kpi-grids';
import { convertWithLibreOffice, findSoffice, makeRecalculatingProfile } from '../support/libreoffice';

const soffice = findSoffice();
if (soffice === null) console.warn('SKIPPED the LibreOffice half of test/excel/table-apply-recalc.test.ts: soffice is not installed.');
const withLibreOffice = soffice === null ? it.skip : it;

const TOLERANCES: TableDefaults = { ...DEFAULTS, percentGreen: '0.5pp', percentAmber: '5pp', otherGreen: '0.5pp', otherAmber: '5pp' };
const MAPPING: ColumnMapping = { ref: 0, measure: 1, polarity: 2, target: 3, actual: 4, previous: 5, lastYear: null, baseline: null, amberTolerance: null, greenTolerance: null };

async function appliedOnTable() {
  const grid = leicestershireGrid();
  const excel = new FakeExcel();
  const sheet = excel.addSheet(grid.sheet);
  sheet.fill(0, 0, grid.rows.map((row) => row.map((value) => (value === undefined ? null : value))));
  grid.numberFormats?.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format) sheet.put(r, c, { ...sheet.get(r, c), numberFormat: format });
    }),
  );
  excel.tables.push({ name: 'Kpis', sheet: grid.sheet, headerRow: 0, firstColumn: 0, columnCount: grid.rows[0].length, rowCount: grid.rows.length - 1, showHeaders: true });
  excel.select(grid.sheet, 1, 1);
  const host = new OfficeWorkbookHost(excel.run, () => true);
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  const run = await runApply(host, { table: read.table, mapping: MAPPING, defaults: TOLERANCES, edits: new Map(), mode: 'portable', previous: null, overwrite: false });
  if (run.plan.kind !== 'ready') throw new Error(`the plan is ${run.plan.kind}`);
  return { excel, sheetName: grid.sheet, plan: run.plan, table: run.table };
}

describe('Portable Apply on an Excel table, on the fake that moves references on insert', () => {
  it('every formula is the one planned for its own row, and a second plan would change none', async () => {
    const { excel, sheetName, plan, table } = await appliedOnTable();
    const rag = plan.changes.columns.find((write) => write.header === 'RAG')!;
    const helpers = plan.settings.addedColumns.filter((added) => (PORTABLE_HELPER_KINDS as readonly string[]).includes(added.kind)).map((added) => added.column);
    expect(excel.table('Kpis')!.columnCount).toBe(table.location.columnCount);
    let formulas = 0;
    for (const write of plan.changes.columns) {
      write.cells.forEach((cell, i) => {
        const formula = cell && a1FormulaOf(cell, 1 + i, write.column);
        if (!formula) return;
        formulas += 1;
        expect(excel.sheet(sheetName).get(1 + i, write.column).formula).toBe(formula);
      });
    }
    expect(formulas).toBeGreaterThan(plan.rows.length / 2);
    // The RAG formula of row i reads row i's actual and helper cells, nothing else.
    rag.cells.forEach((cell, i) => {
      const formula = cell && a1FormulaOf(cell, 1 + i, rag.column);
      if (!formula) return;
      for (const [, letters, row] of formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+)/g)) {
        expect(Number(row)).toBe(2 + i);
        const column = letters.charCodeAt(letters.length - 1) - 65 + 26 * (letters.length - 1);
        expect([MAPPING.actual, ...helpers]).toContain(column);
      }
    });
    const again = planApply({ table, mapping: MAPPING, defaults: TOLERANCES, edits: new Map(), mode: 'portable', previous: plan.settings, overwrite: false });
    expect(again.kind === 'ready' && again.changes.columns.filter((write) => write.isNew)).toEqual([]);
  });

  withLibreOffice(
    'recalculated by LibreOffice, every RAG and DoT cell holds the engine’s word',
    async () => {
      const { excel, sheetName, plan } = await appliedOnTable();
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-table-apply-'));
      const book = new Workbook();
      const out = book.addWorksheet(sheetName);
      for (const [key, cell] of excel.sheet(sheetName).cells) {
        const target = out.getCell(Math.floor(key / 16_384) + 1, (key % 16_384) + 1);
        target.value = cell.formula === null ? (cell.value === '' ? null : cell.value) : { formula: cell.formula.slice(1) };
      }
      const file = path.join(work, 'table.xlsx');
      await book.xlsx.writeFile(file);
      const conversion = await convertWithLibreOffice(soffice!, makeRecalculatingProfile(path.join(work, 'profile')), [file], 'xlsx', path.join(work, 'out'));
      const back = new Workbook();
      await back.xlsx.readFile(conversion.outputs[0]);
      const recalculated = back.getWorksheet(sheetName)!;
      const shown = (row: number, column: number) => {
        const value = recalculated.getCell(row + 1, column + 1).value;
        return typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
      };
      const rag = plan.changes.columns.find((write) => write.header === 'RAG')!.column;
      const dot = plan.changes.columns.find((write) => write.header === 'DoT')!.column;
      for (const row of plan.rows) {
        if (row.status.kind !== 'rated') continue;
        expect([row.name, shown(1 + row.index, rag)]).toEqual([row.name, row.status.rag]);
        if (row.status.direction !== null) expect([row.name, shown(1 + row.index, dot)]).toEqual([row.name, row.status.direction]);
      }
      fs.rmSync(work, { recursive: true, force: true });
    },
    200_000,
  );
});
