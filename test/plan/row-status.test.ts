/** Every rateable row rated, every other row listed with its reason, and no row blocking the others. */
import { planApply } from '../../src/plan/apply-plan';
import { proposeMapping } from '../../src/plan/column-guess';
import { DEFAULTS, type RowEdit, buildMeasureRows } from '../../src/plan/table-model';
import { type CellValue } from '../../src/kpi/cell';
import { snapshotOf } from './table-snapshots';

const HEADERS = ['Ref', 'Measure', 'Polarity', 'Baseline', 'Previous', 'Actual', 'Target'];
const ROWS: CellValue[][] = [
  ['A1', 'Households in temporary accommodation', 'Low', 1000, 640, 600, '389 fewer'], // 0: relative on the baseline
  ['A2', 'Library visits', 'High', 660, 700, 720, '+5%'], // 1
  ['A3', 'Delayed transfers of care', 'Low', 10, 9, 8, 'Due to pandemic – data is to be delayed'], // 2: free text
  ['A4', 'Complaints received', '', 140, 130, 126, 120], // 3: no polarity
  ['A5', 'Admissions to care', 'High', 600, 580, 560, '<553'], // 4: contradiction
  ['A6', 'LALS success rate', 'High', 0.9, 0.96, 84, '86%'], // 5: whole percent against a % target
  ['A7', 'Invoices paid on time', 'Sideways', 0.9, 0.9, 0.92, '90%'], // 6: unknown word
  ['A8', 'Volunteer hours', 'High', 100, 120, 130, 125], // 7: rated
];

function plan(edits: Map<number, RowEdit> = new Map(), headers = HEADERS, rows = ROWS) {
  const table = snapshotOf(headers, rows);
  const { mapping } = proposeMapping(table);
  const result = planApply({ table, mapping, defaults: DEFAULTS, edits, mode: 'values', previous: null, overwrite: false });
  if (result.kind !== 'ready') throw new Error(`plan is ${result.kind}`);
  return result;
}

const ragOf = (result: ReturnType<typeof plan>) => result.changes.columns.find((c) => c.header === 'RAG')!.cells.map((cell) => (cell && 'value' in cell ? cell.value : null));

describe('row statuses', () => {
  it('one table, every kind of row: nothing blocks, each listed row has its word and reason', () => {
    const result = plan();
    expect(ragOf(result)).toEqual(['Green', 'Green', 'Not rated', 'Check', 'Check', 'Check', 'Check', 'Green']);
    expect(result.listed.map((row) => [row.name, row.word])).toEqual([
      ['Delayed transfers of care', 'Not rated'],
      ['Complaints received', 'Check'],
      ['Admissions to care', 'Check'],
      ['LALS success rate', 'Check'],
      ['Invoices paid on time', 'Check'],
    ]);
    const reason = (name: string) => result.listed.find((row) => row.name === name)!.reason;
    expect(reason('Delayed transfers of care')).toMatch(/has no number to rate against/);
    expect(reason('Complaints received')).toMatch(/no polarity/);
    expect(reason('Admissions to care')).toMatch(/means "at most", but polarity is High/);
    expect(reason('LALS success rate')).toMatch(/whole number of percent/);
    expect(reason('Invoices paid on time')).toMatch(/'Sideways' is not recognised/);
  });

  it('a row with a target and no polarity is asked about, with a suggestion from its wording, never N/A', () => {
    const result = plan();
    expect(result.needsPolarity).toEqual([{ index: 3, name: 'Complaints received', suggestion: { polarity: 'Low', because: '"complaints" is better low' } }]);
    expect(result.rows[3].status.kind).toBe('needsPolarity');
  });

  it('relative targets are made absolute on the Baseline, and the target used is shown', () => {
    const rows = buildMeasureRows(snapshotOf(HEADERS, ROWS), proposeMapping(snapshotOf(HEADERS, ROWS)).mapping, DEFAULTS);
    expect(rows[0].targetShown).toBe('389 fewer on 1,000 = 611');
    expect(rows[1].targetShown).toBe('+5% on 660 = 693');
    expect(rows[1].status).toMatchObject({ kind: 'rated', rag: 'Green' });
  });

  it('without a Baseline, on the Previous figure; without either, not rated, saying what to map', () => {
    const headers = ['Measure', 'Polarity', 'Previous', 'Actual', 'Target'];
    const rows: CellValue[][] = [['Library visits', 'High', 660, 680, '+5%']];
    const table = snapshotOf(headers, rows);
    const withPrevious = buildMeasureRows(table, proposeMapping(table).mapping, DEFAULTS);
    expect(withPrevious[0]).toMatchObject({ targetShown: '+5% on 660 = 693', status: { kind: 'rated', rag: 'Amber' } });
    const alone = snapshotOf(['Measure', 'Polarity', 'Actual', 'Target'], [['Library visits', 'High', 680, '+5%']]);
    expect(buildMeasureRows(alone, proposeMapping(alone).mapping, DEFAULTS)[0].status).toMatchObject({ kind: 'notRated', reason: expect.stringMatching(/map a Baseline or Previous column/i) });
  });

  it('accepting a suggested polarity rates the row', () => {
    expect(ragOf(plan(new Map([[3, { polarity: 'Low' }]])))[3]).toBe('Amber');
  });
});

describe('an edited target reaches the sheet, even on a row that stays listed', () => {
  it('to the sheet’s own Target column', () => {
    const result = plan(new Map([[2, { target: '<10' }], [5, { target: 'Improve' }]]));
    const target = result.changes.columns.find((c) => c.header === 'Target' && !c.isNew)!;
    expect(target.cells[2]).toEqual({ value: '<10' });
    expect(target.cells[5]).toEqual({ value: 'Improve' });
    expect(ragOf(result)[2]).toBe('Green');
  });

  it('to the add-in’s own Target column when the table has none', () => {
    const headers = ['Measure', 'Polarity', 'Actual'];
    const result = plan(new Map([[0, { target: '90%' }], [1, { target: 'Maintain' }]]), headers, [['Calls answered', 'High', 0.92], ['Visits', 'High', 100]]);
    const target = result.changes.columns.find((c) => c.header === 'Target' && c.isNew)!;
    expect(target.cells).toEqual([{ value: '90%' }, { value: 'Maintain' }]);
    expect(ragOf(result)).toEqual(['Green', 'Not rated']);
  });
});
