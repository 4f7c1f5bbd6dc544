/**
 * The demo workbook's tables applied as a new user would: the proposed mapping unchanged,
 * one press of Apply. Every row with a figure, a target and a polarity is rated; every
 * other row is listed with its reason; nothing blocks the rest.
 */
import { cellAddress } from '../../src/excel/a1';
import { DEMO_SHEETS, demoWorkbook } from '../../src/demo/demo-workbook';
import { QUARTERLY_2024_25 } from '../../src/demo/data/quarterly-2024-25';
import { BEDFORD_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { type ApplyPlan, planApply } from '../../src/plan/apply-plan';
import { proposeMapping } from '../../src/plan/column-guess';
import { DEFAULTS, type OutputMode } from '../../src/plan/table-model';
import { type CellValue } from '../../src/kpi/cell';

async function firstPress(address: string, mode: OutputMode) {
  const host = new MemoryWorkbookHost(demoWorkbook());
  host.select(address);
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  const proposal = proposeMapping(read.table);
  const plan = planApply({ table: read.table, mapping: proposal.mapping, defaults: DEFAULTS, edits: new Map(), mode, previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(`The first press gave ${plan.kind}: ${JSON.stringify(plan).slice(0, 500)}`);
  const written = await host.apply(plan.changes);
  expect(written.kind).toBe('written');
  /** What a column the add-in wrote shows on each body row, by its header. */
  const column = (header: string): CellValue[] => {
    const write = (plan as Extract<ApplyPlan, { kind: 'ready' }>).changes.columns.find((c) => c.header === header);
    if (!write) throw new Error(`No column "${header}" was written`);
    return read.table.values.map((_, i) => host.cell(`${address.split('!')[0]}!${cellAddress(read.table.location.headerRow + 1 + i, write.column)}`).value);
  };
  return { proposal, plan, column, table: read.table };
}


const byRef = (values: CellValue[]) => Object.fromEntries(QUARTERLY_2024_25.map((row, i) => [row.ref, values[i]]));

describe('the quarterly scorecard, applied on the first press without changing the proposed mapping', () => {
  it.each<OutputMode>(['portable', 'live', 'values'])('%s: rates every row with a figure, a target and a polarity', async (mode) => {
    const { column } = await firstPress(`${DEMO_SHEETS.quarterly}!B2`, mode);
    expect(byRef(column('RAG'))).toEqual({
      CS01: 'Amber', // 82.6% against 83.0%, within the 1pp tolerance
      CS02: 'Green', // "Bigger is better"
      CS03: 'Green',
      CS04: 'Red', // 66.3% against 80.0%, 13.7 points short with 5pp allowed
      CS05: 'Check', // no polarity
      HR01: 'Red', // "↓": 9.3 days against 8.5, 5% allowed
      HR02: 'Check', // no polarity
      EN01: 'No data', // AD
      EN02: 'Green',
      EN03: 'Amber', // 10% reduction on 377 = 339.3; 351 is within 5% of it
      HS01: 'Not rated', // "Reduce"
      HS02: 'No data',
      PL01: 'Green',
      CO01: 'Not rated', // "Complete roll out"
      CO02: 'Not rated', // "Improve"
      LE01: 'N/A', // Context
    });
  });

  it('proposes Q3 2024/25 against the Q3 target, Q2 as Previous and Q3 2023/24 as the same quarter last year', async () => {
    const { proposal, table } = await firstPress(`${DEMO_SHEETS.quarterly}!B2`, 'portable');
    const headerOf = Object.fromEntries(Object.entries(proposal.mapping).flatMap(([role, c]) => (c === null ? [] : [[role, table.headers[c]]])));
    expect(headerOf).toEqual({
      ref: 'Ref', measure: 'Indicator', polarity: 'Good is', actual: 'Q3 2024/25', previous: 'Q2 2024/25', lastYear: 'Q3 2023/24', target: 'Q3 target', amberTolerance: 'Tolerance',
    });
    expect(proposal.periods.map((p) => p.label)).toEqual(['Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']);
    expect(proposal.keptColumns.map((c) => table.headers[c])).toEqual(['Commentary']);
  });

  it('writes the direction of travel against the previous quarter and against the same quarter last year', async () => {
    const { column } = await firstPress(`${DEMO_SHEETS.quarterly}!B2`, 'portable');
    expect(byRef(column('DoT'))).toMatchObject({ CS01: 'Improved', CS03: 'Improved', CS04: 'Deteriorated', HR01: 'Deteriorated', EN02: 'Improved', LE01: 'Increased' });
    expect(byRef(column('DoT on last year'))).toMatchObject({ CS01: 'Improved', CS03: 'Improved', CS04: 'Deteriorated', HR01: 'Improved', EN02: 'Improved', LE01: 'Increased' });
  });

  it('lists the other rows with their reasons, asks for the missing polarities and suggests them from the wording', async () => {
    const { plan } = await firstPress(`${DEMO_SHEETS.quarterly}!B2`, 'portable');
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    const ref = (index: number) => QUARTERLY_2024_25[index].ref;
    expect(plan.listed.map((row) => [ref(row.index), row.word])).toEqual([
      ['CS05', 'Check'], ['HR02', 'Check'], ['HS01', 'Not rated'], ['CO01', 'Not rated'], ['CO02', 'Not rated'],
    ]);
    expect(plan.listed.find((row) => ref(row.index) === 'HS01')!.reason).toMatch(/'Reduce' has no number/);
    expect(plan.needsPolarity.map((q) => [ref(q.index), q.suggestion?.polarity])).toEqual([['CS05', 'Low'], ['HR02', 'Low']]);
  });

  it('shows the target a relative one came to', async () => {
    const { plan } = await firstPress(`${DEMO_SHEETS.quarterly}!B2`, 'live');
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    const row = plan.rows.find((r) => r.ref === 'EN03')!;
    expect(row.targetShown).toBe('10% reduction on 377 = 339.3');
    const rag = plan.changes.columns.find((c) => c.header === 'RAG')!.cells[row.index];
    expect(rag).toMatchObject({ formula: expect.stringContaining('"<=339.3"'), shows: 'Amber' });
  });
});

describe('Bedford applies on the first press', () => {
  it.each<OutputMode>(['portable', 'live', 'values'])('%s: every row written, the free-text target listed as not rated', async (mode) => {
    const { plan, column, proposal } = await firstPress(`${DEMO_SHEETS.bedford}!C5`, mode);
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    expect(proposal.notes).toContain('No target for 2020/21: rated against the target for 2021/22.');
    const pandemic = BEDFORD_2020_21.findIndex((row) => row.target.startsWith('Due to pandemic'));
    expect(plan.listed.map((row) => [row.index, row.word])).toEqual([[pandemic, 'Not rated']]);
    // The dropdown on Bedford's own polarity column informs, never stops: "Low Numbers/ Daily Rate" is not in its list.
    expect(plan.changes.validations).toEqual([expect.objectContaining({ errorAlert: 'information' })]);
    const rag = column('RAG');
    expect(rag.filter((word) => word === 'Green' || word === 'Amber' || word === 'Red').length).toBeGreaterThanOrEqual(18);
    expect(rag.every((word) => typeof word === 'string' && word !== '')).toBe(true);
  });
});
