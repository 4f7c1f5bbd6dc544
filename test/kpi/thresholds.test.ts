import fc from 'fast-check';
import { type Polarity } from '../../src/kpi/polarity';
import { type Target } from '../../src/kpi/target';
import { type ActualRange, isWithinTolerance, ragRanges } from '../../src/kpi/thresholds';
import { type Tolerance } from '../../src/kpi/tolerance';

const inRange = (actual: number, range: ActualRange) =>
  (range.from === null || actual >= range.from) && (range.to === null || actual <= range.to);

describe('RAG ranges', () => {
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const tolerance: fc.Arbitrary<Tolerance> = fc.oneof(
    fc.double({ min: 0, max: 1e3, noNaN: true }).map((amount) => ({ kind: 'units' as const, amount })),
    fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ kind: 'relative' as const, fraction })),
  );
  const target: fc.Arbitrary<Exclude<Target, { kind: 'none' }>> = fc.oneof(
    figure.map((value) => ({ kind: 'value' as const, value, bound: null, isPercent: false })),
    fc.tuple(figure, figure).map(([a, b]) => ({ kind: 'band' as const, low: Math.min(a, b), high: Math.max(a, b), isPercent: false })),
  );
  const polarity = fc.constantFrom<Polarity>('High', 'Low', 'Band', 'Target');

  it('the per-row check and the ranges Portable writes to the sheet agree for every actual', () => {
    fc.assert(
      fc.property(figure, polarity, target, tolerance, tolerance, (actual, p, t, amber, green) => {
        const ranges = ragRanges(p, t, amber, green);
        expect(isWithinTolerance(actual, p, t, green)).toBe(inRange(actual, ranges.green));
        expect(isWithinTolerance(actual, p, t, amber)).toBe(inRange(actual, ranges.amber));
        // and on the range's own edges, where floating point would matter
        for (const edge of [ranges.amber.from, ranges.amber.to]) {
          if (edge !== null) expect(isWithinTolerance(edge, p, t, amber)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('High has no upper edge and Low no lower edge', () => {
    const t = { kind: 'value' as const, value: 0.86, bound: null, isPercent: true };
    const tol: Tolerance = { kind: 'units', amount: 0.05 };
    expect(ragRanges('High', t, tol, tol).amber.to).toBeNull();
    expect(ragRanges('Low', t, tol, tol).amber.from).toBeNull();
  });
});
