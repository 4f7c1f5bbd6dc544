/**
 * The "Over time" step's planning: per measure the words KPI.VARIATION and KPI.ASSURANCE
 * give, or Not rated with the reason; their MDC colours at WCAG AA; the XmR chart's cells;
 * and the variation × assurance matrix, whose formulas count what the word columns hold.
 */
import fc from 'fast-check';
import { assurance, variation } from '../../src/functions/functions';
import { NOT_RATED, judgeOverTime, overTimeWords } from '../../src/plan/over-time';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from '../../src/plan/spc-palette';
import { MATRIX_COLUMNS, MATRIX_ROWS, variationAssuranceMatrix } from '../../src/plan/spc-summary';
import { CHART_SERIES, asAtText, xmrChartData } from '../../src/plan/xmr-chart-data';
import { contrast } from '../support/contrast';
import { withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const column = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
const MONTHS = ['Apr 24', 'May 24', 'Jun 24', 'Jul 24', 'Aug 24', 'Sep 24', 'Oct 24', 'Nov 24', 'Dec 24', 'Jan 25', 'Feb 25', 'Mar 25', 'Apr 25', 'May 25'];
// Adults in residential care per 100,000 (Low is good), steady then falling sharply in May 25.
const CARE_HOMES = [612, 598, 605, 620, 601, 597, 610, 603, 615, 600, 606, 599, 604, 540];

describe('judging a measure over time', () => {
  it('gives the words KPI.VARIATION and KPI.ASSURANCE give for the same figures', () => {
    const judgement = judgeOverTime({ name: 'Care home admissions', periods: CARE_HOMES, polarity: 'Low', target: '<600' });
    expect(overTimeWords(judgement)).toEqual([
      variation(column(CARE_HOMES), [['Low']])[0][0],
      assurance(column(CARE_HOMES), [['<600']], [['Low']])[0][0],
    ]);
    expect(overTimeWords(judgement)).toEqual(['Special cause improving (low)', 'Hit and miss']);
  });

  it('agrees with the functions whatever the figures', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null)), { minLength: 2, maxLength: 30 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('High', 'Low'), (periods, target, polarity) => {
        const judgement = judgeOverTime({ name: 'Measure', periods, polarity, target });
        if (!judgement.rated) {
          expect(() => variation(column(periods), [[polarity]])).toThrow(judgement.reason);
          return;
        }
        expect(overTimeWords(judgement)).toEqual([variation(column(periods), [[polarity]])[0][0], assurance(column(periods), [[target]], [[polarity]])[0][0]]);
      }),
    );
  });

  it('marks limits from fewer than 12 points as trial limits', () => {
    const judged = (periods: number[]) => judgeOverTime({ name: 'M', periods, polarity: 'High', target: 'N/A' });
    expect(judged(CARE_HOMES.slice(0, 11))).toMatchObject({ rated: true, trialLimits: true });
    expect(judged(CARE_HOMES)).toMatchObject({ rated: true, trialLimits: false, assurance: 'No target' });
  });

  it.each([
    ['text among the figures', { periods: [5, 'AD', 6, 7], polarity: 'High', target: 5 }, /point 2 is 'AD'/],
    ['Band polarity', { periods: [5, 6, 7], polarity: 'Band', target: '5-7' }, /Polarity Band cannot judge a special cause/],
    ['a plain target with no polarity', { periods: [5, 6, 7], polarity: null, target: 6 }, /which way is good/],
    ['one figure only', { periods: [5, null, null], polarity: 'High', target: 6 }, /at least 2/],
  ] as const)('%s is Not rated, with the reason', (_name, measure, reason) => {
    const judgement = judgeOverTime({ name: 'Delayed transfers', ...measure, periods: [...measure.periods] });
    expect(judgement.rated).toBe(false);
    if (!judgement.rated) expect(judgement.reason).toMatch(reason);
    expect(overTimeWords(judgement)).toEqual([NOT_RATED, NOT_RATED]);
  });

  it.each([
    ['a target in words ("Reduce") beside a polarity', 'Low', 'Reduce', /'Reduce' has no number/],
    ['Context polarity beside a target', 'Context', 600, /which way is good/],
    ['a % target beside values in whole percent', 'Low', '6%', /^The values 540 to 620 look like whole numbers of percent beside the target 6%/],
  ] as const)('%s: the variation is rated as KPI.VARIATION rates it, and only the assurance is Not rated, with the reason', (_name, polarity, target, reason) => {
    const judgement = judgeOverTime({ name: 'Care home admissions', periods: CARE_HOMES, polarity, target });
    const [word, assured] = overTimeWords(judgement);
    expect(word).toBe(variation(column(CARE_HOMES), [[polarity]])[0][0]);
    expect(word).not.toBe(NOT_RATED);
    expect(assured).toBe(NOT_RATED);
    expect(() => assurance(column(CARE_HOMES), [[target]], [[polarity]])).toThrow();
    expect(judgement.rated && judgement.assuranceReason).toMatch(reason);
  });

  it('a target in words with the polarity blank is Not rated: which way is good is not known, so no special cause can be called improving', () => {
    const judgement = judgeOverTime({ name: 'Care home admissions', periods: CARE_HOMES, polarity: null, target: 'Reduce' });
    expect(judgement).toEqual({ rated: false, reason: expect.stringMatching(/'Reduce' has no number/) });
  });
});

describe("MDC's colours for the words", () => {
  it.each([...VARIATION_PALETTE, ...ASSURANCE_PALETTE].map((style) => [style.word, style] as const))('%s: text on its fill is at least 4.5:1', (_word, style) => {
    expect(contrast(style.fill, style.font)).toBeGreaterThanOrEqual(4.5);
  });

  it('every word the step writes has a style', () => {
    const words = new Set<string>();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('High', 'Low', 'Context'), (periods, target, polarity) => {
        overTimeWords(judgeOverTime({ name: 'M', periods, polarity, target: polarity === 'Context' ? 'N/A' : target })).forEach((w) => words.add(w));
      }),
    );
    const styled = new Set([...VARIATION_PALETTE, ...ASSURANCE_PALETTE].map((s) => s.word));
    expect([...words].filter((word) => !styled.has(word))).toEqual([]);
  });

  it('improvement and passing are the same blue, concern and failing the same orange', () => {
    const fill = (palette: typeof VARIATION_PALETTE, word: string) => palette.find((s) => s.word === word)!.fill;
    expect(fill(VARIATION_PALETTE, 'Special cause improving (high)')).toBe(fill(ASSURANCE_PALETTE, 'Consistently passing'));
    expect(fill(VARIATION_PALETTE, 'Special cause concerning (low)')).toBe(fill(ASSURANCE_PALETTE, 'Consistently failing'));
    expect(fill(VARIATION_PALETTE, 'Common cause')).toBe(fill(ASSURANCE_PALETTE, 'Hit and miss'));
  });
});

describe("an XmR chart's cells", () => {
  const judgement = judgeOverTime({ name: 'Care home admissions', periods: CARE_HOMES, polarity: 'Low', target: 600 });
  if (!judgement.rated) throw new Error(judgement.reason);
  const data = xmrChartData('Care home admissions', MONTHS, judgement.chart, 600, new Date(Date.UTC(2026, 11, 1)));

  it('has a header and one row per period, with the limits and target on every row', () => {
    expect(data.cells[0]).toEqual(['Period', ...CHART_SERIES]);
    expect(data.cells).toHaveLength(CARE_HOMES.length + 1);
    const { mean, lower, upper } = judgement.chart.limits;
    data.cells.slice(1).forEach((row, i) => expect(row.slice(0, 6)).toEqual([MONTHS[i], CARE_HOMES[i], mean, lower, upper, 600]));
  });

  it('holds a special-cause point in its signal series only', () => {
    const improvement = CHART_SERIES.indexOf('Improvement') + 1;
    const marked = data.cells.slice(1).map((row) => row[improvement]);
    expect(marked).toEqual([...CARE_HOMES.slice(0, 13).map(() => null), 540]);
    for (const row of data.cells.slice(1)) expect(row.slice(improvement + 1)).toEqual([null, null]);
  });

  it('notes the date the values are as at, and trial limits when they are', () => {
    expect(asAtText(new Date(Date.UTC(2026, 11, 1)))).toBe('1 December 2026');
    expect(data.notes).toEqual(['Care home admissions: values as at 1 December 2026. Write the XmR chart again from the pane to refresh them.']);
    const short = judgeOverTime({ name: 'M', periods: CARE_HOMES.slice(0, 6), polarity: 'Low', target: 600 });
    if (!short.rated) throw new Error(short.reason);
    expect(xmrChartData('M', MONTHS, short.chart, 600, new Date()).notes[1]).toBe('Trial limits: computed from 6 points; limits need 12 or more to be firm.');
  });
});

/** Enough of COUNTIFS, COUNTIF and COUNTA to evaluate the matrix over two word columns (a trailing * matches any ending). */
function evaluate(formula: string, columns: Record<string, string[]>): number {
  const matches = (word: string, pattern: string) => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);
  const call = /^=(COUNTIFS|COUNTIF|COUNTA)\((.*)\)$/.exec(formula)!;
  const args = call[2].split(',').map((arg) => arg.replace(/^"|"$/g, ''));
  const rows = columns[args[0]].map((_, i) => i);
  if (call[1] === 'COUNTA') return rows.filter((i) => columns[args[0]][i] !== '').length;
  const pairs: [string, string][] = [];
  for (let k = 0; k < args.length; k += 2) pairs.push([args[k], args[k + 1]]);
  return rows.filter((i) => pairs.every(([range, pattern]) => matches(columns[range][i], pattern))).length;
}

describe('the variation × assurance matrix', () => {
  const ranges = { variation: "'KPI table'!$H$3:$H$40", assurance: "'KPI table'!$I$3:$I$40" };
  const matrix = variationAssuranceMatrix(ranges);

  it('has a row per variation and a column per assurance, with totals', () => {
    expect(matrix[0]).toEqual(['Variation by assurance', ...MATRIX_COLUMNS, 'Total']);
    expect(matrix.map((row) => row[0])).toEqual(['Variation by assurance', ...MATRIX_ROWS.map(([label]) => label), 'Total']);
  });

  it('counts what the word columns hold, whatever they hold', () => {
    const variationWords = VARIATION_PALETTE.map((s) => s.word);
    const assuranceWords = ASSURANCE_PALETTE.map((s) => s.word);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...variationWords), fc.constantFrom(...assuranceWords)), { maxLength: 40 }), (measures) => {
        const columns = { [ranges.variation]: measures.map(([v]) => v), [ranges.assurance]: measures.map(([, a]) => a) };
        const counts = matrix.slice(1).map((row) => row.slice(1).map((formula) => evaluate(formula, columns)));
        MATRIX_ROWS.forEach(([label], r) =>
          MATRIX_COLUMNS.forEach((column, c) => {
            const expected = measures.filter(([v, a]) => (label === v || v.startsWith(`${label} (`)) && a === column).length;
            expect(counts[r][c]).toBe(expected);
          }),
        );
        expect(counts.at(-1)!.at(-1)).toBe(measures.length);
        counts.forEach((row) => expect(row.at(-1)).toBe(row.slice(0, -1).reduce((a, b) => a + b, 0)));
      }),
    );
  });
});
