import { basisCheck, cellsChangedSince } from '../../src/excel/changed-cells';
import { type TableSnapshot, type WorkbookChanges } from '../../src/excel/workbook-host';

/** A 2-row table in B2:C4 with two columns read beyond it (D, E). */
function snapshot(edit: (table: TableSnapshot) => void = () => {}): TableSnapshot {
  const table: TableSnapshot = {
    location: { sheet: 'Q3 KPIs', tableName: null, headerRow: 1, firstColumn: 1, columnCount: 2, rowCount: 2 },
    headers: ['Measure', 'Target'],
    values: [['A', 0.5], ['B', 10]],
    formulas: [[null, null], [null, '=5*2']],
    numberFormats: [['General', '0%'], ['General', 'General']],
    validations: [{ kind: 'none' }, { kind: 'none' }],
    beyond: [['', ''], ['', ''], ['', '']],
  };
  edit(table);
  return table;
}

const changes = (columns: WorkbookChanges['columns']): WorkbookChanges => ({
  location: snapshot().location,
  columns,
  wordFormats: [],
  validations: [],
  groups: [],
  settings: '{}',
});

describe('cells changed since the plan', () => {
  const writes = changes([
    { column: 2, header: 'Target', isNew: false, cells: [null, { value: 12 }], numberFormat: null },
    { column: 3, header: 'RAG', isNew: true, cells: [{ value: 'Green' }, { value: 'Red' }], numberFormat: null },
  ]);

  it('none when the sheet is as it was', () => {
    expect(cellsChangedSince(snapshot(), snapshot(), writes)).toEqual([]);
  });

  it('names each written cell that changed: a new column’s header and body, a formula in the table', () => {
    const now = snapshot((t) => {
      t.beyond[0][0] = 'Notes';
      t.beyond[2][0] = 'see me';
      t.formulas[1][1] = '=5*3';
    });
    expect(cellsChangedSince(snapshot(), now, writes)).toEqual(["'Q3 KPIs'!C4", "'Q3 KPIs'!D2", "'Q3 KPIs'!D4"]);
  });

  it('ignores changes in cells it does not write', () => {
    const now = snapshot((t) => {
      t.values[0][1] = 0.6; // C3: left as it is (null write)
      t.values[1][0] = 'B (renamed)';
      t.beyond[1][1] = 'elsewhere';
    });
    expect(cellsChangedSince(snapshot(), now, writes)).toEqual([]);
  });
});

describe('what a host does with a plan, given the table now', () => {
  const writes = changes([{ column: 3, header: 'RAG', isNew: true, cells: [{ value: 'Green' }, { formula: '=C4', shows: 10 }], numberFormat: null }]);

  it('writes when nothing changed', () => {
    expect(basisCheck(snapshot(), snapshot(), writes)).toBeNull();
  });

  it('plans again from the table now when an input changed: a value, a formula’s result, a number format, a dropdown', () => {
    const cases: [(t: TableSnapshot) => void, string][] = [
      [(t) => void (t.values[0][1] = 0.6), "'Q3 KPIs'!C3"],
      [(t) => void (t.values[1][1] = 11), "'Q3 KPIs'!C4"], // =5*2 now gives 11: its cells changed elsewhere
      [(t) => void (t.numberFormats[1][1] = '0%'), "'Q3 KPIs'!C4"],
      [(t) => void (t.validations[0] = { kind: 'list', source: 'A,B' }), "'Q3 KPIs'!B3"],
    ];
    for (const [edit, cell] of cases) {
      const now = snapshot(edit);
      expect(basisCheck(snapshot(), now, writes)).toEqual({ kind: 'stale', cells: [cell], table: now });
    }
  });

  it('asks before anything else when a cell it writes changed', () => {
    const now = snapshot((t) => {
      t.values[0][1] = 0.6;
      t.beyond[1][0] = 'typed';
    });
    expect(basisCheck(snapshot(), now, writes)).toEqual({ kind: 'changed', cells: ["'Q3 KPIs'!D3"] });
  });
});
