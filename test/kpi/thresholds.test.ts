import fc from 'fast-check';
import { type Polarity } from '../../src/kpi/polarity';
import { type Target } from '../../src/kpi/target';
import { type ActualRange, isAtLeastBound, isAtMostBound, isWithinTolerance, ragRanges, targetEdges } from '../../src/kpi/thresholds';
import { type Tolerance } from '../../src/kpi/tolerance';

/** In the range by the comparisons Portable formulas make: each bound with the slack scaled by its edge. */
const inRange = (actual: number, range: ActualRange, edges: { low: number | null; high: number | null }) =>
  (range.from === null || isAtLeastBound(actual, range.from, edges.low!)) && (range.to === null || isAtMostBound(actual, range.to, edges.high!));

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
        const edges = targetEdges(p, t);
        expect(isWithinTolerance(actual, p, t, green)).toBe(inRange(actual, ranges.green, edges));
        expect(isWithinTolerance(actual, p, t, amber)).toBe(inRange(actual, ranges.amber, edges));
        // and on the range's own edges, where floating point would matter
        for (const edge of [ranges.amber.from, ranges.amber.to]) {
          if (edge !== null) expect(isWithinTolerance(edge, p, t, amber)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a bound is the true figure, target less tolerance, with no slack in it: 86% less 5 points is 81%', () => {
    const t = { kind: 'value' as const, value: 1050, bound: null, isPercent: false };
    expect(ragRanges('Target', t, { kind: 'relative', fraction: 0.05 }, { kind: 'units', amount: 0 })).toEqual({
      green: { from: 1050, to: 1050 },
      amber: { from: 1050 - 52.5, to: 1050 + 52.5 },
    });
    const lals = { kind: 'value' as const, value: 0.86, bound: null, isPercent: true };
    expect(ragRanges('High', lals, { kind: 'units', amount: 0.05 }, { kind: 'units', amount: 0.005 }).amber.from).toBe(0.86 - 0.05);
  });

  it('the slack lives in the comparison: a shortfall exactly on the tolerance is within it despite floating point', () => {
    // 40% less 5 points is 0.35000000000000003 in binary floating point, above the 35% an analyst typed.
    const bound = 0.4 - 0.05;
    expect(0.35 >= bound).toBe(false);
    expect(isAtLeastBound(0.35, bound, 0.4)).toBe(true);
    expect(isAtLeastBound(0.3499, bound, 0.4)).toBe(false);
  });

  it('High has no upper edge and Low no lower edge', () => {
    const t = { kind: 'value' as const, value: 0.86, bound: null, isPercent: true };
    const tol: Tolerance = { kind: 'units', amount: 0.05 };
    expect(ragRanges('High', t, tol, tol).amber.to).toBeNull();
    expect(ragRanges('Low', t, tol, tol).amber.from).toBeNull();
  });
});
