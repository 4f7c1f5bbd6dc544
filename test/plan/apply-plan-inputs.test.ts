/** What Apply writes into the rule columns when a measure's target or tolerance is edited in the pane. */
import { seedWorkbook } from '../../src/demo/seed-tables';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { planApply } from '../../src/plan/apply-plan';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { DEFAULTS, type RowEdit, guessMapping } from '../../src/plan/table-model';
import { type CellWrite } from '../../src/excel/workbook-host';

async function planWith(index: number, edit: RowEdit) {
  const host = new MemoryWorkbookHost(seedWorkbook(LEICESTERSHIRE_2020_21));
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  const { table } = read;
  const mapping = guessMapping(table.headers);
  const plan = planApply({ table, mapping, defaults: DEFAULTS, edits: new Map([[index, edit]]), mode: 'live', previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(`plan is ${plan.kind}: ${JSON.stringify(plan.kind === 'blocked' ? plan.problems : plan.cells)}`);
  const cellIn = (header: string): CellWrite | null => {
    const write = plan.changes.columns.find((column) => column.header === header);
    return write ? write.cells[index] : null;
  };
  return cellIn;
}

const row = (measure: string) => LEICESTERSHIRE_2020_21.findIndex((r) => r.measure.startsWith(measure));

describe('the rule cells Apply writes for an edit', () => {
  it('a target that is only a number goes as a number, so the sheet counts it as one', async () => {
    const cellIn = await planWith(row('Permanent admissions to care (aged 18-64)'), { target: '8' });
    expect(cellIn('Target')).toEqual({ value: 8 });
    expect((await planWith(row('Permanent admissions to care (aged 65+)'), { target: '1,250.5' }))('Target')).toEqual({ value: 1250.5 });
  });

  it('a target with a sign, a range or words stays the text typed', async () => {
    for (const target of ['<8', '8 (33 Adm\'s)']) {
      expect((await planWith(row('Permanent admissions to care (aged 18-64)'), { target }))('Target')).toEqual({ value: target });
    }
    for (const target of ['>80%', '90%']) expect((await planWith(row('LALS Success Rate'), { target }))('Target')).toEqual({ value: target });
  });

  it('a tolerance stays text, even when it looks like a number: "5%" is of the target, "0.02" in the measure’s units', async () => {
    const lals = row('LALS Success Rate');
    expect((await planWith(lals, { amberTolerance: '5%' }))('Amber tolerance')).toEqual({ value: '5%' });
    // (a plain 2 on this percentage row would be 200 points, which is refused)
    expect((await planWith(lals, { greenTolerance: '0.02' }))('Green tolerance')).toEqual({ value: '0.02' });
  });
});
