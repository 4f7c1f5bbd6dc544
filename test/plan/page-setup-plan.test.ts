import { planApply } from '../../src/plan/apply-plan';
import { MEASURE_CHARACTERS, WIDE_TABLE_COLUMNS } from '../../src/plan/page-setup-plan';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { snapshotOf } from './table-snapshots';

function pageSetupFor(table: TableSnapshot) {
  const plan = planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, mode: 'portable', previous: null, overwrite: false, edits: new Map() });
  if (plan.kind !== 'ready') throw new Error(plan.kind);
  return { setup: plan.changes.pageSetup!, plan };
}

const LONG_NAME = 'Percentage of adults with a learning disability in paid employment, as a share of all known to the council';

describe('the print set-up Apply plans', () => {
  const table = snapshotOf(['Measure', 'Polarity', 'Target', 'Actual', 'Previous'], [
    ['Rough sleepers', 'Low', 10, 12, 11],
    [LONG_NAME, 'High', 0.5, 0.6, 0.55],
  ]);

  it('is landscape, one page wide, repeating the header row; a narrow table repeats no columns', () => {
    const { setup } = pageSetupFor(table);
    expect(setup).toMatchObject({ orientation: 'landscape', fitToPagesWide: 1, titleRows: { first: 0, last: 0 }, titleColumns: null, wrapColumns: [0] });
  });

  it('makes the RAG and DoT columns wide enough for their longest word, and the measure column readable, wrapping long names', () => {
    const { setup, plan } = pageSetupFor(table);
    const added = (kind: string) => plan.settings.addedColumns.find((column) => column.kind === kind)!.column;
    const width = (column: number) => setup.columnWidths.find((w) => w.column === column)?.characters ?? 0;
    expect(width(added('direction'))).toBeGreaterThan('Deteriorated'.length);
    expect(width(added('rag'))).toBeGreaterThan('Not rated'.length);
    expect(width(0)).toBe(MEASURE_CHARACTERS);
  });

  it('repeats the measure column on a table too wide for one page, and the row of roles above a two-row header', () => {
    const headers = ['Ref', 'Measure', 'Polarity', ...Array.from({ length: WIDE_TABLE_COLUMNS }, (_, i) => `Note ${i + 1}`), 'Target', 'Actual'];
    const wide = snapshotOf(headers, [['R1', 'Rough sleepers', 'Low', ...headers.slice(3, -2).map(() => ''), 10, 12]]);
    expect(pageSetupFor(wide).setup.titleColumns).toEqual({ first: 1, last: 1 });
    const twoRows = snapshotOf(['Measure', 'Polarity', 'Target', 'Actual'], [['Rough sleepers', 'Low', 10, 12]], ['', '', '2024/25', '2024/25']);
    expect(pageSetupFor(twoRows).setup.titleRows).toEqual({ first: 0, last: 1 });
  });
});
