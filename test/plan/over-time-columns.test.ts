/**
 * The Over time step's two columns for a table of monthly measures: words as values, a
 * header with the as-at date, MDC colour rules, and the measures it cannot rate listed.
 */
import { assurance, variation } from '../../src/functions/functions';
import { planOverTimeColumns } from '../../src/plan/over-time-columns';
import { withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const column = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

// Three measures × 14 months as an adult social care table keeps them, one awaiting data.
const MEASURES = [
  { name: 'Permanent admissions to care homes per 100,000 (65+)', periods: [612, 598, 605, 620, 601, 597, 610, 603, 615, 600, 606, 599, 604, 540], polarity: 'Low', target: '<600' },
  { name: 'Reablement: still at home after 91 days', periods: [0.81, 0.83, 0.82, 0.84, 0.8, 0.82, 0.83, 0.81, 0.82, 0.84, 0.83, 0.82, 0.81, 0.83], polarity: 'High', target: '75%' },
  { name: 'Carers assessed in the month', periods: [120, 'AD', 131, 118], polarity: 'Context', target: 'N/A' },
];
const AS_AT = new Date(Date.UTC(2026, 11, 1));

describe('the Over time columns', () => {
  const plan = planOverTimeColumns(MEASURES, 9, AS_AT);

  it('adds a variation and an assurance column beside the table, headed with the date', () => {
    expect(plan.columns.map((c) => [c.column, c.header, c.isNew])).toEqual([
      [9, 'Variation as at 1 December 2026', true],
      [10, 'Assurance as at 1 December 2026', true],
    ]);
  });

  it('writes the words the functions give, as values, one per measure', () => {
    const [variations, assurances] = plan.columns.map((c) => c.cells);
    MEASURES.slice(0, 2).forEach((m, i) => {
      expect(variations[i]).toEqual({ value: variation(column(m.periods), [[m.polarity]])[0][0] });
      expect(assurances[i]).toEqual({ value: assurance(column(m.periods), [[m.target]], [[m.polarity]])[0][0] });
    });
    expect(assurances[1]).toEqual({ value: 'Consistently passing' });
  });

  it('writes Not rated for a measure with text among its figures, and lists it with the reason', () => {
    expect(plan.columns.map((c) => c.cells[2])).toEqual([{ value: 'Not rated' }, { value: 'Not rated' }]);
    expect(plan.notRated).toEqual([{ row: 2, name: MEASURES[2].name, reason: expect.stringMatching(/point 2 is 'AD'/) }]);
  });

  it('colours both columns with one rule per word, and every word written has its rule', () => {
    expect(plan.wordFormats.map((f) => f.column)).toEqual([9, 10]);
    for (const [i, format] of plan.wordFormats.entries()) {
      const styled = format.styles.map((s) => s.word);
      for (const cell of plan.columns[i].cells) expect(styled).toContain((cell as { value: string }).value);
    }
  });
});
