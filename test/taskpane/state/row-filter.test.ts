import { LEICESTERSHIRE_2020_21 } from '../../../src/demo/data/leicestershire-2020-21';
import { seedWorkbook } from '../../../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../../../src/excel/memory-host';
import { type MeasureRow, DEFAULTS, buildMeasureRows, guessMapping } from '../../../src/plan/table-model';
import { filterCounts, filterRows } from '../../../src/taskpane/state/row-filter';
import { groupReasons, reasonKind } from '../../../src/taskpane/state/notice-groups';
import { needsPolarity } from '../../../src/taskpane/state/needs-polarity';

async function rows(edits = new Map()): Promise<MeasureRow[]> {
  const measures = [...LEICESTERSHIRE_2020_21, { ref: 'New', measure: 'Delayed transfers of care', aim: '', target: '12', actual: '14', previous: '' }];
  const result = await new MemoryWorkbookHost(seedWorkbook(measures)).readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  const defaults = { ...DEFAULTS, percentGreen: '0.5pp' };
  return buildMeasureRows(result.table, guessMapping(result.table.headers), defaults, edits);
}

const names = (list: MeasureRow[]) => list.map((row) => row.name);

describe('finding measures', () => {
  it('each RAG word keeps the rows the engine gives that word, and every measure is in exactly one word', async () => {
    const all = await rows();
    const counts = filterCounts(all);
    expect(counts.all).toBe(all.length);
    for (const word of ['Green', 'Amber', 'Red'] as const) {
      expect(filterRows(all, word, '').every((row) => row.status.kind === 'rated' && row.status.rag === word)).toBe(true);
    }
    const checks = filterRows(all, 'all', '').filter((row) => row.status.kind === 'error' || row.status.kind === 'needsPolarity').length;
    expect(counts.Green + counts.Amber + counts.Red + counts.notRated + checks).toBe(counts.all);
  });

  it('Not rated keeps the N/A and No data rows; Problems keeps errors and rows with a target but no polarity', async () => {
    const all = await rows(new Map([[11, { amberTolerance: 'lots' }]]));
    const notRated = filterRows(all, 'notRated', '');
    expect(notRated.map((row) => row.status.kind === 'rated' && row.status.rag)).not.toContain('Green');
    expect(names(notRated)).toContain('Heritage visits');
    expect(names(filterRows(all, 'problems', ''))).toEqual(['LALS Success Rate', 'Delayed transfers of care']);
  });

  it('the search keeps names holding every word typed, in any case, ref included', async () => {
    const all = await rows();
    expect(names(filterRows(all, 'all', 'CARERS payments'))).toEqual(['Carers receiving direct payments']);
    expect(filterRows(all, 'all', 'ascof').every((row) => row.ref.startsWith('ASCOF'))).toBe(true);
    expect(filterRows(all, 'Red', 'no such measure')).toEqual([]);
  });

  it('a row needs a polarity only with a target that has no operator and nothing in its polarity cell or the defaults', async () => {
    const all = await rows();
    expect(names(all.filter(needsPolarity))).toEqual(['Delayed transfers of care']);
    const withOperator = await rows(new Map([[all.length - 1, { target: '<12' }]]));
    expect(needsPolarity(withOperator[withOperator.length - 1])).toBe(false);
  });
});

describe('notices by kind', () => {
  it('reasons that differ only in the figure quoted share one notice naming every row; a reason of one row alone keeps its figure', () => {
    const groups = groupReasons([
      { index: 0, name: 'A', reason: 'The actual "84.5k" is text; enter it as a number.' },
      { index: 4, name: 'B', reason: 'The actual "12 (est.)" is text; enter it as a number.' },
      { index: 5, name: 'C', reason: "Amber tolerance 'lots' is not understood." },
    ]);
    expect(groups).toEqual([
      { reason: 'The actual is text; enter it as a number.', rows: [{ index: 0, name: 'A' }, { index: 4, name: 'B' }] },
      { reason: "Amber tolerance 'lots' is not understood.", rows: [{ index: 5, name: 'C' }] },
    ]);
    expect(reasonKind('No column is mapped to Actual.')).toBe('No column is mapped to Actual.');
  });
});
