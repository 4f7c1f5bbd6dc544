import fc from 'fast-check';
import { KpiInputError } from '../../src/kpi/errors';
import { ragFor } from '../../src/kpi/rag';
import { type RagResult } from '../../src/kpi/rating';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { errorMessageOf } from '../support/errors';

const ORDER: Record<string, number> = { Red: 0, Amber: 1, Green: 2 };
const printed: Record<string, RagResult> = { G: 'Green', A: 'Amber', R: 'Red' };

describe("Leicestershire's 2020/21 dashboard, rated with green 0.5pp and amber 5pp on its percentages", () => {
  // Points only suit percentages: the two admission rates (<8.1, <553) take the default tolerances.
  const tolerances = (row: { target: string }) =>
    /%/.test(row.target) ? { amberTolerance: '5pp', greenTolerance: '0.5pp' } : {};
  const rated = LEICESTERSHIRE_2020_21.filter((row) => row.reportedRag !== 'N/A');
  const unrated = LEICESTERSHIRE_2020_21.filter((row) => row.reportedRag === 'N/A');

  it('holds the 30 rows of the report, 15 of them rated', () => {
    expect(LEICESTERSHIRE_2020_21).toHaveLength(30);
    expect(rated).toHaveLength(15);
  });

  it.each(rated.map((row) => [row.measure, row] as const))('%s comes out as printed', (_name, row) => {
    expect(
      ragFor({ actual: row.actual, target: row.target, polarity: row.aim, ...tolerances(row) }),
    ).toBe(printed[row.reportedRag]);
  });

  it.each(unrated.map((row) => [row.measure, row] as const))('%s, printed N/A, is N/A or No data', (_name, row) => {
    const result = ragFor({ actual: row.actual, target: row.target, polarity: row.aim, ...tolerances(row) });
    expect(['N/A', 'No data']).toContain(result);
  });
});

describe('RAG thresholds', () => {
  it('a shortfall exactly on the amber tolerance is Amber despite floating point (0.90 − 0.85 against 5 points)', () => {
    expect(0.9 - 0.85).not.toBe(0.05); // the trap this guards against
    expect(ragFor({ actual: 0.85, target: 0.9, polarity: 'High', amberTolerance: 0.05 })).toBe('Amber');
    expect(ragFor({ actual: 0.85, target: '90%', polarity: 'High', amberTolerance: '5pp' })).toBe('Amber');
  });

  it('a shortfall just past the amber tolerance is Red', () => {
    expect(ragFor({ actual: 0.8499, target: 0.9, polarity: 'High', amberTolerance: 0.05 })).toBe('Red');
  });

  it('a shortfall exactly on the green tolerance is Green', () => {
    expect(ragFor({ actual: 0.3, target: 0.31, polarity: 'High', greenTolerance: '1pp', amberTolerance: '5pp' })).toBe('Green');
  });

  it('meeting or beating the target is Green with the default tolerances', () => {
    expect(ragFor({ actual: 0.86, target: '86%', polarity: 'High' })).toBe('Green');
    expect(ragFor({ actual: 0.9, target: '86%', polarity: 'High' })).toBe('Green');
    expect(ragFor({ actual: 500, target: '<553', polarity: 'Low' })).toBe('Green');
  });

  it('the default amber tolerance is 5% of the target', () => {
    // 5% of 553 is 27.65: 580 is 27 over, 581 is 28 over
    expect(ragFor({ actual: 580, target: 553, polarity: 'Low' })).toBe('Amber');
    expect(ragFor({ actual: 581, target: 553, polarity: 'Low' })).toBe('Red');
  });

  it('a relative tolerance on a band is a share of the bound that was missed', () => {
    // band 100-200, 10%: below by up to 10 or above by up to 20 is Amber
    expect(ragFor({ actual: 90, target: '100-200', polarity: 'Band', amberTolerance: '10%' })).toBe('Amber');
    expect(ragFor({ actual: 89, target: '100-200', polarity: 'Band', amberTolerance: '10%' })).toBe('Red');
    expect(ragFor({ actual: 220, target: '100-200', polarity: 'Band', amberTolerance: '10%' })).toBe('Amber');
    expect(ragFor({ actual: 150, target: '100-200', polarity: 'Band' })).toBe('Green');
  });

  it('Target polarity judges distance either side of the target', () => {
    expect(ragFor({ actual: 0.72, target: 0.7, polarity: 'In-line with target', amberTolerance: '5pp' })).toBe('Amber');
    expect(ragFor({ actual: 0.68, target: 0.7, polarity: 'On target', amberTolerance: '5pp' })).toBe('Amber');
    expect(ragFor({ actual: '96.4%', target: '70.0%', polarity: 'In-line with target', amberTolerance: '5pp' })).toBe('Red');
  });

  it('a blank polarity takes the operator of the target', () => {
    expect(ragFor({ actual: 0.1, target: '>11%', amberTolerance: '0.5pp' })).toBe('Red');
    expect(ragFor({ actual: 600, target: '<553' })).toBe('Red');
    expect(ragFor({ actual: 0.58, target: '56-61%' })).toBe('Green');
  });
});

describe('not rated and no data', () => {
  it('no target, or Context polarity, is N/A', () => {
    for (const target of ['N/A', 'Monitor', 'Context', 'Context only', 'TBC', 'tbc', 'n/a', 'Not Set', 'Baseline year', 'New measure for 2021/22', '', null]) {
      expect(ragFor({ actual: 0.5, target, polarity: 'High' })).toBe('N/A');
    }
    expect(ragFor({ actual: 0.5, target: '86%', polarity: 'Context' })).toBe('N/A');
    expect(ragFor({ actual: 0.5, target: 'N/A' })).toBe('N/A'); // blank polarity, no target: nothing to ask
  });

  it('an actual with no figure is No data, not an error', () => {
    for (const actual of ['AD', 'No return due to COVID-19', '', null, '  ']) {
      expect(ragFor({ actual, target: '86%', polarity: 'High' })).toBe('No data');
    }
  });

  it('a hand-written rating on a milestone passes through', () => {
    expect(ragFor({ actual: 'Green', target: 'Green', polarity: 'High' })).toBe('Green');
    expect(ragFor({ actual: 'a', target: 'Green' })).toBe('Amber');
    expect(ragFor({ actual: 'R', target: null })).toBe('Red');
  });
});

describe('inputs that must not be rated silently', () => {
  it('an unknown polarity word is named, with the accepted words listed', () => {
    const text = errorMessageOf(() => ragFor({ actual: 1, target: 2, polarity: 'Sideways' }));
    expect(text).toContain("'Sideways'");
    expect(text).toMatch(/High, Low, Band, Target or Context/);
  });

  it('a target that contradicts the polarity is refused', () => {
    expect(errorMessageOf(() => ragFor({ actual: 400, target: '<553', polarity: 'High' }))).toMatch(/at most.*High/);
    expect(errorMessageOf(() => ragFor({ actual: 0.12, target: '>11%', polarity: 'L' }))).toMatch(/at least.*Low/);
    expect(errorMessageOf(() => ragFor({ actual: 0.12, target: '56-61%', polarity: 'High' }))).toMatch(/band/);
  });

  it('unreadable target text is named', () => {
    expect(errorMessageOf(() => ragFor({ actual: 1, target: 'Due to pandemic – data is to be delayed', polarity: 'Low' }))).toMatch(
      /Target 'Due to pandemic.*' has no number/,
    );
  });

  it('a whole number of percent against a percentage target is refused, with the fix', () => {
    const text = errorMessageOf(() => ragFor({ actual: 84, target: '86%', polarity: 'High' }));
    expect(text).toMatch(/84.*whole number of percent/);
    expect(text).toMatch(/84%.*0\.84/);
    // 105% typed as 1.05 against 100% is a real percentage and is rated
    expect(ragFor({ actual: 1.05, target: '100%', polarity: 'High' })).toBe('Green');
  });

  it('a tolerance such as "lots" is refused, naming which tolerance', () => {
    expect(errorMessageOf(() => ragFor({ actual: 1, target: 2, polarity: 'High', amberTolerance: 'lots' }))).toMatch(/^Amber tolerance 'lots'/);
    expect(errorMessageOf(() => ragFor({ actual: 1, target: 2, polarity: 'High', greenTolerance: -1 }))).toMatch(/^Green tolerance must be zero or more/);
  });

  it('a logical actual is refused', () => {
    expect(errorMessageOf(() => ragFor({ actual: true, target: 2, polarity: 'High' }))).toMatch(/logical/);
  });
});

describe('RAG properties', () => {
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const tolerance = fc.double({ min: 0, max: 1e3, noNaN: true });

  it('improving the actual never worsens the RAG', () => {
    fc.assert(
      fc.property(figure, figure, figure, tolerance, tolerance, fc.constantFrom('High', 'Low'), (a, b, target, t1, t2, polarity) => {
        const [green, amber] = [Math.min(t1, t2), Math.max(t1, t2)]; // a green wider than amber is refused
        const [worse, better] = polarity === 'High' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const rate = (actual: number) => ragFor({ actual, target, polarity, amberTolerance: amber, greenTolerance: green });
        expect(ORDER[rate(better)]).toBeGreaterThanOrEqual(ORDER[rate(worse)]);
      }),
    );
  });

  it('High and Low mirror each other', () => {
    fc.assert(
      fc.property(figure, figure, tolerance, tolerance, (actual, target, t1, t2) => {
        const [green, amber] = [Math.min(t1, t2), Math.max(t1, t2)];
        const high = ragFor({ actual, target, polarity: 'High', amberTolerance: amber, greenTolerance: green });
        const low = ragFor({ actual: -actual, target: -target, polarity: 'Low', amberTolerance: amber, greenTolerance: green });
        expect(low).toBe(high);
      }),
    );
  });

  it('getting closer to a band never worsens the RAG', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 1e4 }), fc.integer({ min: 0, max: 1e4 }), (lo, width, gap) => {
        const target = `${lo} to ${lo + width}`;
        const rate = (actual: number) => ragFor({ actual, target, polarity: 'Band', amberTolerance: 100 });
        expect(ORDER[rate(lo - gap / 2)]).toBeGreaterThanOrEqual(ORDER[rate(lo - gap)]);
        expect(ORDER[rate(lo + width + gap / 2)]).toBeGreaterThanOrEqual(ORDER[rate(lo + width + gap)]);
      }),
      { numRuns: 300 },
    );
  });

  it('any input gives a RAG word or a KpiInputError, never another exception', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 5000 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('86%', '>11%', "<553 (800 Adm's)", '56-61%', 'lots', '5pp', '5%', 'H', 'Low %', '9'.repeat(400)),
    );
    fc.assert(
      fc.property(cell, cell, cell, cell, cell, (actual, target, polarity, amber, green) => {
        try {
          const result = ragFor({ actual, target, polarity: typeof polarity === 'string' ? polarity : null, amberTolerance: amber, greenTolerance: green });
          expect(['Green', 'Amber', 'Red', 'N/A', 'No data']).toContain(result);
        } catch (error) {
          expect(error).toBeInstanceOf(KpiInputError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
