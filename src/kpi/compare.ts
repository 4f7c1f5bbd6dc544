/**
 * Comparing an area with a benchmark (England, its region), as Fingertips does with its
 * confidence-interval overlap comparer: if the benchmark lies inside the area's interval,
 * bounds included, the area is Similar — the difference could be chance. Otherwise the
 * area is Better or Worse by polarity, or Higher or Lower where the measure is Context.
 * A missing figure or limit means the comparison cannot be made: Not compared.
 *
 * The side is read from the interval, not the value, as Fingertips does: an interval wholly
 * above the benchmark means the area is higher. For a value inside its own interval (as it
 * always is for Byar's and Wilson limits) the two readings agree. The value, its limits and
 * the benchmark must be in the same units (see `units`): a fraction beside whole percent is an error.
 */
import { KpiInputError } from './errors';
import { type Polarity } from './polarity';
import { checkAllUnitsAgree } from './units';

export type ComparisonResult = 'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower' | 'Not compared';

export const COMPARISON_RESULTS: readonly ComparisonResult[] = [
  'Better', 'Similar', 'Worse', 'Higher', 'Lower', 'Not compared',
];

/** A figure that is absent: an empty cell, or NaN from a failed calculation upstream. */
type MaybeNumber = number | null | undefined;

/**
 * The area against the benchmark. Band and Target polarities are about a target, not a
 * benchmark, so they get no judgement here: Higher or Lower, as Context.
 */
export function compareWithBenchmark(
  value: MaybeNumber,
  lower: MaybeNumber,
  upper: MaybeNumber,
  benchmark: MaybeNumber,
  polarity: Polarity,
): ComparisonResult {
  const figure = figureOrNull(value, 'Value');
  const bench = figureOrNull(benchmark, 'Benchmark');
  const interval = intervalOrNull(figureOrNull(lower, 'Lower limit'), figureOrNull(upper, 'Upper limit'));
  if (figure === null || bench === null || interval === null) return 'Not compared';
  // Figures here are plain numbers, so a value of 0.627 beside a benchmark of 64.2 is the only sign of a mix-up.
  checkAllUnitsAgree(
    [
      { name: 'Value', values: [figure], isPercent: false },
      { name: 'The confidence limits', values: [interval.lower, interval.upper], isPercent: false, plural: true },
      { name: 'Benchmark', values: [bench], isPercent: false },
    ],
    true,
  );
  if (bench >= interval.lower && bench <= interval.upper) return 'Similar';
  const higher = interval.lower > bench;
  if (polarity === 'High') return higher ? 'Better' : 'Worse';
  if (polarity === 'Low') return higher ? 'Worse' : 'Better';
  return higher ? 'Higher' : 'Lower';
}

/** The figure, or null when it is missing. Infinity is not "missing": something upstream went wrong. */
function figureOrNull(figure: MaybeNumber, name: string): number | null {
  if (figure == null || Number.isNaN(figure)) return null;
  if (!Number.isFinite(figure)) throw new KpiInputError(`${name} is infinite; give a finite number.`);
  return figure;
}

/** Limits the wrong way round are a mistake in the sheet (columns swapped), not a result to report. */
function intervalOrNull(lower: number | null, upper: number | null): { lower: number; upper: number } | null {
  if (lower === null || upper === null) return null;
  if (lower > upper) {
    throw new KpiInputError(
      `The lower confidence limit (${lower}) is above the upper limit (${upper}). ` +
        'Check that the lower and upper limit columns are not swapped.',
    );
  }
  return { lower, upper };
}
