/**
 * Portable on the demo's two council tables, as the pane applies them with the defaults:
 * how many rows stay formulas that follow the sheet, and that every row left fixed is
 * listed once with what is fixed in it.
 */
import { BEDFORD_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { demoWorkbook, DEMO_SHEETS } from '../../src/demo/demo-workbook';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { type CellWrite } from '../../src/excel/workbook-host';
import { type ApplyPlan, planApply } from '../../src/plan/apply-plan';
import { type AddedColumnKind } from '../../src/plan/settings';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';

type Ready = Extract<ApplyPlan, { kind: 'ready' }>;

async function portablePlan(address: string, edits = new Map()): Promise<Ready> {
  const host = new MemoryWorkbookHost(demoWorkbook());
  host.select(address);
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  const plan = planApply({ table: read.table, mapping: guessMapping(read.table.headers), defaults: DEFAULTS, edits, mode: 'portable', previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(`plan is ${plan.kind}: ${JSON.stringify(plan)}`);
  return plan;
}

const isFormula = (cell: CellWrite | null | undefined) => cell != null && !('value' in cell);

function cellsOf(plan: Ready, kind: AddedColumnKind): (CellWrite | null)[] {
  const column = plan.settings.addedColumns.find((added) => added.kind === kind)?.column;
  return plan.changes.columns.find((write) => write.column === column)?.cells ?? [];
}

function share(plan: Ready) {
  const [rag, direction, targetFrom] = (['rag', 'direction', 'targetFrom'] as const).map((kind) => cellsOf(plan, kind));
  const hasDirection = direction.length > 0;
  const live = (i: number) => isFormula(rag[i]) && (!hasDirection || direction[i] === null || isFormula(direction[i])) && isFormula(targetFrom[i]);
  return {
    rows: plan.rows.length,
    ragFormulas: rag.filter(isFormula).length,
    allLive: plan.rows.filter((row) => live(row.index)).length,
    listed: plan.fixedRows.map((row) => row.index),
    fixedSomewhere: plan.rows.filter((row) => row.status.kind === 'rated' && !live(row.index)).map((row) => row.index),
  };
}

describe('Portable on the demo tables', () => {
  it('Leicestershire: every row but the rated text actuals keeps a RAG formula; every row with anything fixed is listed once', async () => {
    const plan = await portablePlan(`${DEMO_SHEETS.leicestershire}!B2`);
    const counts = share(plan);
    console.log(`Leicestershire: RAG a formula in ${counts.ragFormulas} of ${counts.rows} rows; RAG, DoT and target bounds all formulas in ${counts.allLive} of ${counts.rows}.`);
    // "84.5k", "1.7k", … and "3.1 (13 Adm's) (Full-year Forecast)": ten actuals are figures inside text; only the
    // two with a target are rated, the rest are N/A whatever the figure, so their RAG formula stays.
    expect(counts.ragFormulas).toBe(counts.rows - 2);
    expect(counts.listed).toEqual(expect.arrayContaining(counts.fixedSomewhere));
    expect(new Set(counts.listed).size).toBe(counts.listed.length);
  });

  it('Bedford: targets pasted as plain-number text go back as numbers, so their rows stay live', async () => {
    // "Due to pandemic – data is to be delayed" has no figure: the analyst sets TBC.
    const pandemic = BEDFORD_2020_21.findIndex((row) => row.target.startsWith('Due to pandemic'));
    const plan = await portablePlan(`${DEMO_SHEETS.bedford}!C5`, new Map([[pandemic, { target: 'TBC' }]]));
    const counts = share(plan);
    console.log(`Bedford: RAG a formula in ${counts.ragFormulas} of ${counts.rows} rows; RAG, DoT and target bounds all formulas in ${counts.allLive} of ${counts.rows}.`);
    const targets = plan.changes.columns.find((write) => write.header === 'Target 2021/22')!.cells;
    expect(targets.filter((cell) => cell !== null && 'value' in cell && typeof cell.value === 'number').length).toBeGreaterThan(0);
    expect(counts.listed).toEqual(expect.arrayContaining(counts.fixedSomewhere));
    expect(counts.ragFormulas).toBeGreaterThanOrEqual(23);
  });
});
