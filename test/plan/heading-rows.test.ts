/**
 * Section headings and notes kept in the Measure column, as council tables group their
 * measures: they are not measures, so they are not rated, not counted, and Apply writes
 * nothing into their rows (not even a default polarity or tolerance).
 */
import { planApply } from '../../src/plan/apply-plan';
import { DEFAULTS, buildMeasureRows, guessMapping } from '../../src/plan/table-model';
import { snapshotOf } from './table-snapshots';

const HEADERS = ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Amber tolerance'];
const table = snapshotOf(HEADERS, [
  [null, 'Adult Social Care', null, null, null, null],
  ['ASC01', 'Reviews completed on time', null, 850, 830, null],
  ['ASC02', 'Carers assessed (new measure, no target yet)', 'High', null, 120, null],
  [null, 'Note: Q3 figures are provisional', null, null, null, null],
  ['HSG01', 'Homes built', null, 1200, 1100, null],
]);
const mapping = guessMapping(HEADERS);
const defaults = { ...DEFAULTS, polarity: 'High' as const };

describe('headings and notes in the Measure column', () => {
  const rows = buildMeasureRows(table, mapping, defaults);

  it('are skipped with the reason; the measures around them are rated, one with no target as N/A', () => {
    expect(rows.map((row) => row.status.kind)).toEqual(['skipped', 'rated', 'rated', 'skipped', 'rated']);
    expect(rows[0].status).toEqual({ kind: 'skipped', reason: expect.stringMatching(/section heading or a note/) });
    expect(rows[2].status).toMatchObject({ rag: 'N/A' });
  });

  it('get nothing written into them: no RAG word, no default polarity, no tolerance', () => {
    const plan = planApply({ table, mapping, defaults, edits: new Map(), mode: 'values', previous: null, overwrite: false });
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    for (const write of plan.changes.columns) {
      expect({ header: write.header, heading: write.cells[0], note: write.cells[3] }).toEqual({ header: write.header, heading: null, note: null });
    }
    const polarity = plan.changes.columns.find((write) => write.column === 2)!;
    expect(polarity.cells[1]).toEqual({ value: 'High' }); // a measure's blank polarity is filled with the default
  });
});

describe('a heading in a table applied before headings were skipped', () => {
  it('is skipped though the add-in filled its own polarity and tolerance cells with the defaults; a measure with a polarity of its own is not', () => {
    const headers = ['Measure', 'Target', 'Actual', 'Polarity', 'Amber tolerance', 'Green tolerance'];
    const applied = snapshotOf(headers, [
      ['Adult Social Care', null, null, 'High', '5%', '0%'],
      ['Carers (no target, no figure yet)', null, null, 'Low', '5%', '0%'],
      ['Reviews on time', 850, 830, 'High', '5%', '0%'],
    ]);
    // The user mapped Measure, Target and Actual; the other three are the add-in's own columns.
    const userMapping = { ...guessMapping(headers), polarity: null, amberTolerance: null, greenTolerance: null };
    const owned = { columns: { polarity: 3, amberTolerance: 4, greenTolerance: 5 }, filledWith: defaults };
    const rows = buildMeasureRows(applied, userMapping, defaults, new Map(), owned);
    expect(rows.map((row) => row.status.kind)).toEqual(['skipped', 'rated', 'rated']);
  });
});
