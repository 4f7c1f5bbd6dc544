/**
 * Quartiles and quantiles among comparators: where a council's figure sits among other
 * councils' figures (all of England, the region, statistical neighbours), numbered so
 * that group 1 always holds the best performers for the measure's polarity. "Top
 * quartile" means best, so for a Low-is-good measure it holds the lowest values.
 *
 * Two published methods, both used by the references analysts check against:
 *
 * - `inc` (the default), as Fingertips' QuartilesComparer does: the group bounds are
 *   Excel's PERCENTILE.INC of the comparators at 1/n, 2/n, … (for quartiles exactly
 *   QUARTILE.INC's Q1, Q2, Q3 and max). A value takes the first group whose bound it does
 *   not exceed, so a value on a bound sits in the lower group. A value outside the
 *   comparators' range still gets a group (the lowest or highest).
 * - `rank`, as PHEindicatormethods' `phe_quantile` does: rank the areas (ties share the
 *   lowest rank), then quantile = floor((n+1) − ceil(((N+1) − rank) / (N/n))), with 0 read
 *   as 1. PHE's quantile 1 holds the worst values (it ranks from the highest value when
 *   low is good, its `invert`), so the group here is n + 1 − PHE's quantile.
 *
 * The value and the comparators must be in the same units (see `units`).
 *
 * Context measures have no best end; they are grouped with the highest values first,
 * which is how analysts describe them ("in the highest quartile").
 */
import { isAtMost } from './approx';
import { isBlank, type CellValue } from './cell';
import { KpiInputError, quote } from './errors';
import { type Polarity } from './polarity';
import { checkUnitsAgree } from './units';

export type QuantileMethod = 'inc' | 'rank';

export const QUANTILE_METHODS: readonly QuantileMethod[] = ['inc', 'rank'];

export type QuartileLabel =
  | 'Top'
  | 'Second'
  | 'Third'
  | 'Bottom'
  | 'Highest'
  | 'Second highest'
  | 'Second lowest'
  | 'Lowest';

/**
 * Excel's PERCENTILE.INC of values already sorted ascending: the value a share `p` of the
 * way along them, interpolating linearly between neighbours (Hyndman and Fan's type 7).
 */
export function percentileInc(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new KpiInputError('A percentile needs at least one value; got none.');
  if (!(p >= 0 && p <= 1)) throw new KpiInputError(`A percentile must be between 0 and 1; got ${p}.`);
  return valueAtPosition(sorted, (sorted.length - 1) * p);
}

/** QUARTILE.INC's five bounds, as Excel and Fingertips give them: min, Q1, Q2 (median), Q3, max. */
export function quartileBoundsInc(values: readonly number[]): number[] {
  const sorted = sortedAscending(values);
  return [0, 1, 2, 3, 4].map((k) => boundAt(sorted, k, 4));
}

/**
 * The numbers in a comparator range. Blanks, text and logicals are ignored, as QUARTILE.INC
 * ignores them: `"84%"` typed as text is not a comparator, which keeps a stray note from
 * silently joining the ranking.
 */
export function comparatorValues(cells: readonly CellValue[]): number[] {
  return cells.filter((cell): cell is number => typeof cell === 'number' && Number.isFinite(cell));
}

/** The method word from a cell: blank is `inc`, the default; case and spaces are ignored. */
export function parseQuantileMethod(text: CellValue): QuantileMethod {
  if (isBlank(text)) return 'inc';
  const word = typeof text === 'string' ? text.trim().toLowerCase() : null;
  const method = QUANTILE_METHODS.find((m) => m === word);
  if (method) return method;
  throw new KpiInputError(
    `Quantile method ${quote(String(text))} is not recognised. Use 'inc' (Excel's QUARTILE.INC bounds, ` +
      `as Fingertips does; the default when blank) or 'rank' (PHE's rank formula, as phe_quantile does).`,
  );
}

/**
 * Comparators made ready for placing values among them: sorted once, so that a range of
 * values placed among the same comparators (a spilled formula) sorts them once per call
 * rather than once per cell. Whether they are all finite is checked when a value is placed,
 * so that errors come in the same order as for a single value.
 */
export interface Comparators {
  /** Ascending. */
  readonly sorted: readonly number[];
  readonly allFinite: boolean;
}

export function prepareComparators(values: readonly number[]): Comparators {
  return { sorted: [...values].sort((a, b) => a - b), allFinite: values.every(Number.isFinite) };
}

/**
 * Which of `groups` groups `value` falls in among `comparators`, 1 being the best for the
 * polarity (for Context, 1 holds the highest values).
 *
 * With `rank`, the value must be one of the comparators: PHE ranks every area in the set,
 * the area itself included, and quietly adding it would change N and so the group sizes.
 */
export function quantileGroup(
  value: number,
  comparators: readonly number[],
  groups: number,
  polarity: Polarity,
  method: QuantileMethod = 'inc',
): number {
  return quantileGroupAmong(value, prepareComparators(comparators), groups, polarity, method);
}

/** `quantileGroup` among comparators prepared once for many values. */
export function quantileGroupAmong(
  value: number,
  comparators: Comparators,
  groups: number,
  polarity: Polarity,
  method: QuantileMethod = 'inc',
): number {
  checkGroups(groups);
  const highestIsBest = highestIsBestFor(polarity);
  checkMethod(method);
  if (!Number.isFinite(value)) {
    throw new KpiInputError('The value to place among the comparators is not a finite number.');
  }
  checkComparators(comparators, groups);
  // The comparators are plain numbers: 70 among 0.5 to 0.95 is 70% written as a whole number.
  const { sorted } = comparators;
  checkUnitsAgree(
    { name: 'Value', values: [value], isPercent: false },
    { name: 'The comparators', values: [sorted[0], sorted[sorted.length - 1]], isPercent: false, plural: true },
    true,
  );
  return method === 'inc'
    ? incGroup(value, comparators.sorted, groups, highestIsBest)
    : rankGroup(value, comparators.sorted, groups, highestIsBest);
}

/**
 * The word for a quartile group: Top…Bottom, "top" always meaning best. Context has no
 * best, so its groups are named by value instead: Highest…Lowest.
 */
export function quartileLabel(group: 1 | 2 | 3 | 4, polarity: Polarity): QuartileLabel {
  highestIsBestFor(polarity); // Band and Target measures are not put in quartiles at all
  const words = polarity === 'Context' ? CONTEXT_QUARTILES : QUARTILES;
  const label = words[group - 1];
  if (label === undefined) throw new KpiInputError(`A quartile is 1, 2, 3 or 4; got ${String(group)}.`);
  return label;
}

const QUARTILES: readonly QuartileLabel[] = ['Top', 'Second', 'Third', 'Bottom'];
const CONTEXT_QUARTILES: readonly QuartileLabel[] = ['Highest', 'Second highest', 'Second lowest', 'Lowest'];

/**
 * An area's rank in PHE's sense: ties share the lowest rank (R's `ties.method = "min"`).
 * Ranked from the lowest value, or from the highest when `fromHighest` (PHE's `invert`;
 * PHE ranks max − value, which orders the same way).
 */
export function rankWithTiesMin(value: number, values: readonly number[], fromHighest: boolean): number {
  const ahead = values.filter((other) => (fromHighest ? other > value : other < value)).length;
  return ahead + 1;
}

/**
 * PHE's quantile for a rank among `count` areas split into `groups`, in PHE's own
 * numbering (1 holds rank 1's end). The expression is kept in PHE's order so that
 * floating point rounds as it does in R; the 0 it can give for rank 1 is read as 1.
 */
export function pheQuantile(rank: number, count: number, groups: number): number {
  const quantile = Math.floor(groups + 1 - Math.ceil((count + 1 - rank) / (count / groups)));
  return quantile === 0 ? 1 : quantile;
}

function incGroup(value: number, sorted: readonly number[], groups: number, highestIsBest: boolean): number {
  const ascending = ascendingBand(value, sorted, groups);
  return highestIsBest ? groups + 1 - ascending : ascending;
}

/** The first band whose upper bound the value does not exceed; a value on a bound takes the lower band. */
function ascendingBand(value: number, sorted: readonly number[], groups: number): number {
  for (let k = 1; k < groups; k++) {
    const bound = boundAt(sorted, k, groups);
    // a bound interpolated as 6.3999999999999995 must still hold the 6.4 the analyst sees on it
    if (isAtMost(value, bound, Math.max(Math.abs(value), Math.abs(bound)))) return k;
  }
  return groups;
}

function rankGroup(value: number, comparators: readonly number[], groups: number, highestIsBest: boolean): number {
  if (!comparators.includes(value)) {
    throw new KpiInputError(
      `With method 'rank' the value must be one of the comparators (PHE ranks every area in the set, ` +
        `the area itself included); ${value} is not among them. Include the area's own figure in the ` +
        `comparator range, or use method 'inc'.`,
    );
  }
  // PHE inverts (ranks from the highest) when low is good, so that its quantile 1 is always the worst end.
  const rank = rankWithTiesMin(value, comparators, !highestIsBest);
  return groups + 1 - pheQuantile(rank, comparators.length, groups);
}

/** PERCENTILE.INC at k/groups; the position is computed as (N−1)·k/groups to keep whole positions whole. */
function boundAt(sorted: readonly number[], k: number, groups: number): number {
  return valueAtPosition(sorted, ((sorted.length - 1) * k) / groups);
}

function valueAtPosition(sorted: readonly number[], position: number): number {
  const below = Math.floor(position);
  const fraction = position - below;
  if (fraction === 0 || below + 1 >= sorted.length) return sorted[below];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

function sortedAscending(values: readonly number[]): number[] {
  if (values.length === 0) throw new KpiInputError('Quartile bounds need at least one comparator value; got none.');
  return [...values].sort((a, b) => a - b);
}

function highestIsBestFor(polarity: Polarity): boolean {
  if (polarity === 'High' || polarity === 'Context') return true;
  if (polarity === 'Low') return false;
  throw new KpiInputError(
    `Quantiles need High, Low or Context polarity; ${polarity} polarity has no best end to rank from. ` +
      `Give the ranking its own polarity: High or Low if one end is better, Context to rank from the highest value.`,
  );
}

function checkGroups(groups: number): void {
  if (!Number.isInteger(groups) || groups < 1) {
    throw new KpiInputError(
      `The number of groups must be a whole number of at least 1 (4 for quartiles, 5 for quintiles, ` +
        `10 for deciles); got ${groups}.`,
    );
  }
}

function checkMethod(method: string): void {
  if (!(QUANTILE_METHODS as readonly string[]).includes(method)) {
    throw new KpiInputError(`Quantile method ${quote(method)} is not recognised. Use 'inc' or 'rank'.`);
  }
}

function checkComparators(comparators: Comparators, groups: number): void {
  if (!comparators.allFinite) {
    throw new KpiInputError(
      'Comparator values must be finite numbers. Read a range with comparatorValues, which drops blanks and text.',
    );
  }
  if (comparators.sorted.length < groups) {
    const count = comparators.sorted.length;
    throw new KpiInputError(
      `${groupsName(groups)} need at least ${groups} comparator values; got ${count} ` +
        `${count === 1 ? 'number' : 'numbers'} (blanks and text are ignored). ` +
        'Give a longer comparator range.',
    );
  }
}

const GROUP_NAMES: Readonly<Record<number, string>> = {
  2: 'Halves', 3: 'Tertiles', 4: 'Quartiles', 5: 'Quintiles', 7: 'Septiles', 10: 'Deciles',
};

function groupsName(groups: number): string {
  return GROUP_NAMES[groups] ?? `Quantiles in ${groups} groups`;
}
