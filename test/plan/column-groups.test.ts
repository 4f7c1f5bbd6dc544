import { planApply, planRemoval } from '../../src/plan/apply-plan';
import { groupsOf } from '../../src/plan/column-groups';
import { WIDE_TABLE_COLUMNS } from '../../src/plan/page-setup-plan';
import { DEFAULTS, type OutputMode, guessMapping } from '../../src/plan/table-model';
import { type CellValue } from '../../src/kpi/cell';
import { snapshotOf } from './table-snapshots';

const ROWS: CellValue[][] = [
  ['Rough sleepers', 'Low', 10, 12],
  ['Calls answered within 60s', 'High', '86%', '84%'],
];

function planFor(headers: string[], rows: CellValue[][], mode: OutputMode) {
  const table = snapshotOf(headers, rows);
  const plan = planApply({ table, mapping: guessMapping(headers), defaults: DEFAULTS, edits: new Map(), mode, previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(plan.kind);
  const column = (kind: string) => plan.settings.addedColumns.find((added) => added.kind === kind)?.column;
  return { plan, column, table };
}

describe('grouping the tolerance columns the add-in adds', () => {
  it.each<OutputMode>(['live', 'portable', 'values'])('%s: the two tolerance columns it added are one collapsed group, apart from the RAG column', (mode) => {
    const { plan, column } = planFor(['Measure', 'Polarity', 'Target', 'Actual'], ROWS, mode);
    const [amber, green] = [column('amberTolerance')!, column('greenTolerance')!];
    expect(green).toBe(amber + 1);
    const [tolerances, ...rest] = plan.changes.groups;
    expect(tolerances).toEqual({ firstColumn: amber, lastColumn: green });
    // The RAG column is never inside a group: it prints.
    for (const group of plan.changes.groups) expect(column('rag')! < group.firstColumn || column('rag')! > group.lastColumn).toBe(true);
    expect(rest.length).toBe(mode === 'portable' ? 1 : 0);
  });

  it('a tolerance column the user made is never grouped; the one the add-in adds beside it is', () => {
    const { plan, column } = planFor(['Measure', 'Polarity', 'Target', 'Actual', 'Amber tolerance'], ROWS.map((row) => [...row, '10%']), 'live');
    expect(column('amberTolerance')).toBeUndefined();
    const green = column('greenTolerance')!;
    expect(plan.changes.groups).toEqual([{ firstColumn: green, lastColumn: green }]);
    for (const group of plan.changes.groups) expect(group.firstColumn).toBeGreaterThan(4);
  });

  it('Remove undoes the tolerance group and the helpers’ group, as Apply made them', () => {
    const { plan, table } = planFor(['Measure', 'Polarity', 'Target', 'Actual'], ROWS, 'portable');
    const added = plan.changes.columns.filter((write) => write.isNew);
    const after = snapshotOf(
      [...table.headers, ...added.map((write) => write.header)],
      ROWS.map((row) => [...row, ...added.map(() => null)]),
    );
    expect(planRemoval(after, plan.settings).removal.groups).toEqual(plan.changes.groups);
  });

  it('the page set-up does not count the collapsed tolerance columns toward a wide table', () => {
    // 11 columns of the user's, then Amber tolerance, Green tolerance and RAG: 14 in all, 12 printed.
    const notes = Array.from({ length: 7 }, (_, i) => `Note ${i + 1}`);
    const { plan } = planFor(['Measure', 'Polarity', 'Target', 'Actual', ...notes], ROWS.map((row) => [...row, ...notes.map(() => '')]), 'live');
    expect(plan.changes.columns.filter((write) => write.isNew).length + 4 + notes.length).toBeGreaterThan(WIDE_TABLE_COLUMNS);
    expect(plan.changes.pageSetup!.titleColumns).toBeNull();
  });
});

describe('groupsOf', () => {
  it('makes one group per run of adjacent columns', () => {
    expect(groupsOf([7, 3, 4, 9, 8])).toEqual([
      { firstColumn: 3, lastColumn: 4 },
      { firstColumn: 7, lastColumn: 9 },
    ]);
    expect(groupsOf([])).toEqual([]);
  });
});
