import fc from 'fast-check';
import { directionOfTravel } from '../../src/kpi/direction';
import { KpiInputError } from '../../src/kpi/errors';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { errorMessageOf } from '../support/errors';

describe('direction of travel', () => {
  it('up is Improved when high is good, Deteriorated when low is good', () => {
    expect(directionOfTravel({ current: 0.5, previous: 0.4, polarity: 'High' })).toBe('Improved');
    expect(directionOfTravel({ current: 0.5, previous: 0.4, polarity: 'Low' })).toBe('Deteriorated');
    expect(directionOfTravel({ current: 0.3, previous: 0.4, polarity: 'Low' })).toBe('Improved');
  });

  it('no change is Unchanged, and so is a change within the tolerance', () => {
    expect(directionOfTravel({ current: 0.4, previous: 0.4, polarity: 'High' })).toBe('Unchanged');
    expect(directionOfTravel({ current: 0.41, previous: 0.4, polarity: 'High', tolerance: '1pp' })).toBe('Unchanged');
    expect(directionOfTravel({ current: 0.42, previous: 0.4, polarity: 'High', tolerance: '1pp' })).toBe('Improved');
    // relative: 2% of the previous figure, 100 → within 2
    expect(directionOfTravel({ current: 102, previous: 100, polarity: 'Low', tolerance: '2%' })).toBe('Unchanged');
    expect(directionOfTravel({ current: 103, previous: 100, polarity: 'Low', tolerance: '2%' })).toBe('Deteriorated');
  });

  it('a change exactly on the tolerance is Unchanged despite floating point', () => {
    expect(directionOfTravel({ current: 0.9, previous: 0.85, polarity: 'High', tolerance: 0.05 })).toBe('Unchanged');
  });

  it('for a band, closer to the band is Improved', () => {
    expect(directionOfTravel({ current: '54.0%', previous: '50%', polarity: 'Band', target: '56-61%' })).toBe('Improved');
    expect(directionOfTravel({ current: '14.4%', previous: '10.1%', polarity: 'Target Band Width', target: '6-11%' })).toBe('Deteriorated');
    expect(directionOfTravel({ current: '58%', previous: '60%', polarity: 'Band', target: '56-61%' })).toBe('Unchanged');
  });

  it('for Target polarity, closer to the target either side is Improved', () => {
    expect(directionOfTravel({ current: 0.72, previous: 0.65, polarity: 'Target', target: 0.7 })).toBe('Improved');
    expect(directionOfTravel({ current: 0.8, previous: 0.65, polarity: 'Target', target: 0.7 })).toBe('Deteriorated');
  });

  it('Context makes no judgement: Increased or Decreased', () => {
    expect(directionOfTravel({ current: 84500, previous: 176500, polarity: 'Context' })).toBe('Decreased');
    expect(directionOfTravel({ current: '520.7k', previous: '250.1k (Apr-Nov 2019)', polarity: 'N/A' })).toBe('Increased');
  });

  it('a missing figure either side is N/A', () => {
    expect(directionOfTravel({ current: 'Survey not to be undertaken', previous: 0.4, polarity: 'High' })).toBe('N/A');
    expect(directionOfTravel({ current: 0.4, previous: null, polarity: 'High' })).toBe('N/A');
  });

  it("Leicestershire's rows with both figures all get a direction", () => {
    for (const row of LEICESTERSHIRE_2020_21) {
      const result = directionOfTravel({ current: row.actual, previous: row.previous, polarity: row.aim, target: row.target });
      expect(['Improved', 'Deteriorated', 'Unchanged', 'Increased', 'Decreased', 'N/A']).toContain(result);
    }
    // ASCOF 2D: 79.7% against 87.5% last year, high is good
    const row = LEICESTERSHIRE_2020_21.find((r) => r.ref === 'ASCOF 2D')!;
    expect(directionOfTravel({ current: row.actual, previous: row.previous, polarity: row.aim })).toBe('Deteriorated');
  });

  it('Band or Target polarity without a target cannot be judged: N/A', () => {
    expect(directionOfTravel({ current: 1, previous: 2, polarity: 'Band' })).toBe('N/A');
    expect(directionOfTravel({ current: 1, previous: 2, polarity: 'Target', target: 'TBC' })).toBe('N/A');
  });

  it('a target that contradicts the polarity is refused here too', () => {
    expect(errorMessageOf(() => directionOfTravel({ current: 1, previous: 2, polarity: 'High', target: '<5' }))).toMatch(/at most/);
  });

  it('High and Low mirror each other', () => {
    const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(figure, figure, fc.double({ min: 0, max: 100, noNaN: true }), (current, previous, tolerance) => {
        const high = directionOfTravel({ current, previous, polarity: 'High', tolerance });
        const low = directionOfTravel({ current: -current, previous: -previous, polarity: 'Low', tolerance });
        expect(low).toBe(high);
      }),
    );
  });

  it('never throws anything but a KpiInputError', () => {
    const cell = fc.oneof(fc.string({ maxLength: 200 }), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('56-61%', '>11%', 'Band', 'Target', 'High'));
    fc.assert(
      fc.property(cell, cell, cell, cell, cell, (current, previous, polarity, tolerance, target) => {
        try {
          directionOfTravel({ current, previous, polarity: typeof polarity === 'string' ? polarity : null, tolerance, target });
        } catch (error) {
          expect(error).toBeInstanceOf(KpiInputError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
