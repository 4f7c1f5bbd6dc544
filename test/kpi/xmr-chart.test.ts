/**
 * The chart's signal and the variation word: which rule decides, which way it points,
 * what polarity makes of it, and how missing points are treated.
 */
import fc from 'fast-check';
import { type Polarity } from '../../src/kpi/polarity';
import { latestVariation, variationOf } from '../../src/kpi/variation';
import { type SpcOptions, xmrChart } from '../../src/kpi/xmr-chart';
import { errorMessageOf } from '../support/errors';

const options = (polarity: Polarity | null, more: Partial<SpcOptions> = {}): SpcOptions => ({
  polarity,
  baselinePoints: null,
  screenOutliers: true,
  ruleLength: 7,
  ...more,
});

// Twelve steady months, then a month far above: the last point is outside the upper limit.
const STEADY = [50, 52, 49, 51, 50, 53, 48, 50, 51, 49, 52, 50];
const SPIKE = [...STEADY, 70];
// A baseline of twelve points 11, 9, 11, …, 9: mean 10, near limits 10 ± 3.55, limits 10 ± 5.32.
const BASELINE = Array.from({ length: 12 }, (_, i) => (i % 2 ? 9 : 11));

describe('the signal of a special cause, by polarity', () => {
  it('a point above the upper limit is an Improvement when high is good and a Concern when low is good', () => {
    expect(xmrChart(SPIKE, options('High')).points[12]).toMatchObject({ rules: ['outside limits'], signal: 'Improvement', direction: 1 });
    expect(xmrChart(SPIKE, options('Low')).points[12]).toMatchObject({ signal: 'Concern', direction: 1 });
    expect(xmrChart(SPIKE, options('Context')).points[12]).toMatchObject({ signal: 'Neutral' });
    expect(xmrChart(SPIKE, options(null)).points[12]).toMatchObject({ signal: 'Neutral' });
  });

  it('common cause points have no signal and no rules', () => {
    const chart = xmrChart(SPIKE, options('High'));
    expect(chart.points.slice(0, 12).every((p) => p.signal === null && p.rules.length === 0)).toBe(true);
  });

  it('a falling trend above the mean under High polarity is a Concern: the trend decides over the run', () => {
    // Seven points above the mean, inside the limits, each lower than the one before.
    const values = [...BASELINE, 14, 13.5, 13, 12.5, 12, 11.5, 11];
    const chart = xmrChart(values, options('High', { baselinePoints: 12 }));
    const point = chart.points[18];
    expect(point.rules).toEqual(['run', 'trend']);
    expect(point).toMatchObject({ signal: 'Concern', direction: -1 });
    expect(variationOf(point)).toBe('Special cause concerning (low)');
  });

  it('Band and Target polarity are refused: an XmR chart cannot say which shift helps', () => {
    expect(errorMessageOf(() => xmrChart(SPIKE, options('Band')))).toMatch(/Polarity Band cannot judge a special cause.*High, Low or Context/);
    expect(errorMessageOf(() => xmrChart(SPIKE, options('Target')))).toMatch(/Polarity Target/);
  });

  it('rule_length below 2, or not whole, is refused', () => {
    expect(errorMessageOf(() => xmrChart(SPIKE, options('High', { ruleLength: 1 })))).toMatch(/rule_length must be a whole number.*got 1/);
    expect(errorMessageOf(() => xmrChart(SPIKE, options('High', { ruleLength: 6.5 })))).toMatch(/got 6.5/);
  });

  it('a rule length of 6 finds the run of six that 7 does not', () => {
    const values = [...BASELINE, 11.5, 12, 11.5, 12, 11.5, 12, 9];
    const runAt = (ruleLength: number) =>
      xmrChart(values, options('High', { baselinePoints: 12, ruleLength })).points.map((p) => (p.rules.includes('run') ? 1 : 0));
    expect(runAt(7)).toEqual(values.map(() => 0));
    expect(runAt(6)).toEqual([...BASELINE.map(() => 0), 1, 1, 1, 1, 1, 1, 0]);
  });
});

describe('missing points', () => {
  it('keep their place, take no signal, and break no run', () => {
    const values = [5, 5.2, 4.9, 5.1, 5, 4.8, 5.2, 6, 6.1, null, 6, 6.2, 6.1, 6, 6.1, 5];
    const chart = xmrChart(values, options('High'));
    expect(chart.points).toHaveLength(values.length);
    expect(chart.points[9]).toEqual({ value: null, rules: [], signal: null, direction: 0 });
    // 6, 6.1, (blank), 6, 6.2, 6.1, 6, 6.1: seven points above the mean with the blank between them.
    expect(chart.points.slice(7, 15).map((p) => p.rules.includes('run'))).toEqual([true, true, false, true, true, true, true, true]);
  });

  it('do not start a trend: the points either side are compared with each other', () => {
    const withGap = xmrChart([1, 2, 3, null, 4, 5, 6, 7, 2, 1], options(null));
    expect(withGap.points[7].rules).toContain('trend');
    expect(withGap.points[3].rules).toEqual([]);
  });

  it('the variation is that of the latest point with a value', () => {
    const chart = xmrChart([...SPIKE, null, null], options('High'));
    expect(latestVariation(chart)).toBe('Special cause improving (high)');
  });
});

describe('properties of the chart', () => {
  const polarity = fc.constantFrom<Polarity | null>('High', 'Low', 'Context', null);
  const value = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(null));
  const series = fc.array(value, { minLength: 2, maxLength: 60 }).filter((s) => s.filter((v) => v !== null).length >= 2);

  it('the signal never contradicts polarity', () => {
    fc.assert(
      fc.property(series, polarity, fc.integer({ min: 2, max: 8 }), (values, judged, ruleLength) => {
        for (const point of xmrChart(values, options(judged, { ruleLength })).points) {
          if (point.signal === null) continue;
          const good = judged === 'High' ? 1 : judged === 'Low' ? -1 : 0;
          const expected = good === 0 ? 'Neutral' : point.direction === good ? 'Improvement' : 'Concern';
          expect(point.signal).toBe(expected);
          expect(point.rules.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a point outside the limits points the way it lies', () => {
    fc.assert(
      fc.property(series, (values) => {
        const chart = xmrChart(values, options('High'));
        chart.points.forEach((point) => {
          if (point.rules.includes('outside limits')) expect(point.direction).toBe(point.value! > chart.limits.upper ? 1 : -1);
        });
      }),
    );
  });
});
