/**
 * The pane hands the engine a number the sheet shows as a percentage as the text Excel
 * shows, so that a whole number beside a target typed as 90% (stored 0.9) is checked, as
 * it is for "90%" typed as text, rather than rated 85 against 0.9.
 */
import fc from 'fast-check';
import { readNumber } from '../../src/kpi/numbers';
import { ragFor } from '../../src/kpi/rag';
import { directionOfTravel } from '../../src/kpi/direction';
import { percentText } from '../../src/plan/shown-percent';
import { DEFAULTS, buildMeasureRows, guessMapping } from '../../src/plan/table-model';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { snapshotOf } from './table-snapshots';

describe('percent text for a number formatted as %', () => {
  it('reads back as exactly the same number, a percentage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom(0.9, 0.8533333, 1e-7, 0.05, 1.5, -0.125, 1e21)), (value) => {
        const read = readNumber(percentText(value));
        expect(read).toMatchObject({ isPercent: true });
        expect(read!.value).toBe(value === 0 ? 0 : value); // -0 reads as 0
      }),
    );
    expect([0.9, 0.8533333, 0.05, 1.5, 12].map(percentText)).toEqual(['90%', '85.33333%', '5%', '150%', '1200%']);
  });
});

const HEADERS = ['Measure', 'Polarity', 'Target', 'Previous', 'Actual', 'Amber tolerance'];

/** One row per case, with the number formats Excel would hold for what was typed. */
function table(rows: { cells: (string | number | null)[]; formats: string[] }[]): TableSnapshot {
  const snapshot = snapshotOf(HEADERS, rows.map((row) => row.cells));
  return { ...snapshot, numberFormats: rows.map((row) => row.formats) };
}

const G = 'General';

describe('a table typed in Excel, % formats and all', () => {
  const rows = buildMeasureRows(
    table([
      // 90% typed in the target cell, 85 in the actual cell: 85 is 85%, a units mix-up.
      { cells: ['Reviews on time', 'High', 0.9, null, 85, null], formats: [G, G, '0%', G, G, G] },
      { cells: ['Re-referrals', 'Low', 0.1, null, 8, null], formats: [G, G, '0%', G, G, G] },
      { cells: ['Satisfaction', 'High', 90, null, 0.85, null], formats: [G, G, G, G, '0.0%', G] },
      // Previous typed as 85, this period's actual as 87%: the direction of travel would compare 85 with 0.87.
      { cells: ['Carers assessed', 'High', 0.9, 85, 0.87, null], formats: [G, G, '0%', G, '0%', G] },
      // A plain 5 as the amber tolerance of a percentage measure: 500 points, so never Red.
      { cells: ['Uptake', 'High', 0.9, null, 0.4, 5], formats: [G, G, '0%', G, '0%', G] },
      // All in %: rated as the same figures typed as text are.
      { cells: ['Timeliness', 'High', 0.9, 0.8, 0.86, null], formats: [G, G, '0%', '0%', '0%', G] },
    ]),
    guessMapping(HEADERS),
    DEFAULTS,
  );

  it.each([
    [0, /85 looks like a whole number of percent beside the target 90%/],
    [1, /8 looks like a whole number of percent beside the target 10%/],
    [2, /looks like a whole number of percent/],
    [3, /Previous 85 looks like a whole number of percent/],
    [4, /Amber tolerance 5 is 500 percentage points on a percentage measure/],
  ])('row %i is Check, with the reason, not a word', (index, message) => {
    expect(rows[index].status).toEqual({ kind: 'error', message: expect.stringMatching(message) });
  });

  it('a row typed all in % is rated as the engine rates the same figures typed as text', () => {
    const text = { target: '90%', polarity: 'High' };
    expect(rows[5].status).toEqual({
      kind: 'rated',
      rag: ragFor({ actual: '86%', ...text }),
      direction: directionOfTravel({ current: '86%', previous: '80%', ...text }),
      longDirection: null,
    });
    // What the row keeps is the sheet's own cell: only the engine sees the percent text.
    expect([rows[5].actual, rows[5].target]).toEqual([0.86, 0.9]);
  });
});
