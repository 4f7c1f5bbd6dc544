/**
 * The KPI custom functions. Each is a thin adapter: Excel's arguments go to `src/kpi`,
 * its answers come back as cells. Ranges in, spilled arrays out; a single cell is used
 * for every row of a range. Metadata for Excel (functions.json) is generated from the
 * JSDoc below, so descriptions here are what analysts see in autocomplete.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any[][] for range arguments */
import { assuranceOf } from '../kpi/assurance';
import { compareWithBenchmark } from '../kpi/compare';
import { EVENTS, NUMERATOR, readCountOf } from '../kpi/counts';
import { directionOfTravel } from '../kpi/direction';
import { KpiInputError } from '../kpi/errors';
import { readFigure } from '../kpi/numbers';
import { parsePolarity } from '../kpi/polarity';
import { proportionConfidenceInterval } from '../kpi/proportions';
import {
  comparatorValues,
  parseQuantileMethod,
  prepareComparators,
  quantileGroupAmong,
  quartileLabel,
} from '../kpi/quantiles';
import { ragFor } from '../kpi/rag';
import { rateConfidenceInterval, ratePer } from '../kpi/rates';
import { readMeasureRule } from '../kpi/rule';
import { CANNOT_BE_CALCULATED, trendMarkerOf, trendTestOf } from '../kpi/trend';
import { latestVariation } from '../kpi/variation';
import { allCells, finite, guarded, mapCells } from './excel-arguments';
import { intervalRows, optionalNumber, text } from './cell-conversions';
import {
  chartFromArguments,
  limitsFromArguments,
  polarityArgument,
  settingCell,
  trendArguments,
} from './series-arguments';

const NO_DATA = 'No data';

/**
 * Rates a measure Green, Amber or Red against its target and polarity. Gives N/A when there is no target or the polarity is Context, and No data when the actual has no figure.
 * @customfunction RAG
 * @helpurl https://localhost:3000/help.html#kpirag
 * @param actual The measure's figure, e.g. 84% or "462.0 (669 Adm's)". A range gives one rating per cell.
 * @param target The target, e.g. 86%, ">11%" (at least 11%), "<553" (at most 553), "56-61%", "5% Or Less"; bounds are inclusive. N/A, TBC or Monitor mean no target.
 * @param [polarity] Which way is good: High, Low, Band, Target or Context (H, L, "Target Band Width" and similar are read too). Blank: the target's operator decides (>11% High, <553 Low, 56-61% Band); beside a plain target such as 86% a blank is an error that asks for one.
 * @param [amber_tolerance] How far short is still Amber: a number in the measure's units, "5pp" (percentage points) or "5%" (of the target). Default "5pp" when the target or actual is written with %, otherwise "5%".
 * @param [green_tolerance] How far short is still Green, written like amber_tolerance and no wider. Default 0.
 * @returns Green, Amber, Red, N/A or No data.
 */
export function rag(
  actual: any[][],
  target: any[][],
  polarity?: any[][],
  amber_tolerance?: any[][],
  green_tolerance?: any[][],
): any[][] {
  return guarded(() =>
    mapCells({ actual, target, polarity, amber_tolerance, green_tolerance }, (cell) =>
      ragFor({
        actual: cell.actual,
        target: cell.target,
        polarity: text(cell.polarity, 'Polarity'),
        amberTolerance: cell.amber_tolerance,
        greenTolerance: cell.green_tolerance,
      }),
    ),
  );
}

/**
 * Direction of travel from the previous period to now, judged by polarity.
 * @customfunction DIRECTION
 * @helpurl https://localhost:3000/help.html#kpidirection
 * @param current This period's figure. A range gives one direction per cell.
 * @param previous The previous period's figure.
 * @param [polarity] High, Low, Band, Target or Context. Blank: the target's operator decides (>11% High, <553 Low, 56-61% Band); with no target, Context; beside a plain target, an error that asks for one.
 * @param [tolerance] A change this small counts as Unchanged: a number in the measure's units, "1pp" or "2%" (of the previous figure). Default 0.
 * @param [target] The target; needed for Band and Target polarity, to tell whether the figure moved closer to it. ">" means at least, "<" at most, both inclusive.
 * @returns Improved, Deteriorated or Unchanged; Increased or Decreased for Context; N/A when a figure is missing.
 */
export function direction(
  current: any[][],
  previous: any[][],
  polarity?: any[][],
  tolerance?: any[][],
  target?: any[][],
): any[][] {
  return guarded(() =>
    mapCells({ current, previous, polarity, tolerance, target }, (cell) =>
      directionOfTravel({
        current: cell.current,
        previous: cell.previous,
        polarity: text(cell.polarity, 'Polarity'),
        tolerance: cell.tolerance,
        target: cell.target,
      }),
    ),
  );
}

/**
 * A rate per 100,000 population: count / population × 100,000.
 * @customfunction RATE_PER_100K
 * @helpurl https://localhost:3000/help.html#kpirate_per_100k
 * @param count The number of events, 0 or more: a count, not a percentage. A range gives one rate per cell.
 * @param population The population, greater than 0.
 * @returns The rate per 100,000, or No data when the count or population is missing.
 */
export function ratePer100k(count: any[][], population: any[][]): any[][] {
  return guarded(() =>
    mapCells({ count, population }, (cell) => {
      const read = readCountOf(cell.count, cell.population, EVENTS, 'Population');
      return read === null ? NO_DATA : finite(ratePer(read.count, read.whole));
    }),
  );
}

/**
 * Confidence interval of a rate, by Public Health England's method: Byar's for counts of 10 or more, exact Poisson below 10. Spills a lower and an upper limit beside each count (below each, for a row of counts).
 * @customfunction RATE_CI
 * @helpurl https://localhost:3000/help.html#kpirate_ci
 * @param count The number of events, 0 or more. A range gives one lower/upper pair per cell.
 * @param population The population, greater than 0.
 * @param [confidence] The confidence level, e.g. 95% or 99.8%. Default 95%.
 * @param [per] The rate's multiplier. Default 100,000.
 * @returns A column of n counts gives n rows of lower, upper; a row of n gives two rows (lower, then upper); one cell gives lower, upper.
 */
export function rateCi(count: any[][], population: any[][], confidence?: any[][], per?: any[][]): any[][] {
  return guarded(() =>
    intervalRows(
      mapCells({ count, population, confidence, per }, (cell) => {
        const read = readCountOf(cell.count, cell.population, EVENTS, 'Population');
        if (read === null) return null;
        return rateConfidenceInterval(
          read.count,
          read.whole,
          optionalNumber(cell.confidence, 'Confidence', 0.95),
          optionalNumber(cell.per, 'Per', 100000),
        );
      }),
    ),
  );
}

/**
 * Confidence interval of a proportion by the Wilson score method, as Public Health England publishes it. Spills a lower and an upper limit beside each numerator (below each, for a row).
 * @customfunction PROPORTION_CI
 * @helpurl https://localhost:3000/help.html#kpiproportion_ci
 * @param numerator How many met the condition (a count, not a proportion), from 0 up to the denominator. A range gives one pair per cell.
 * @param denominator How many there were in all, greater than 0.
 * @param [confidence] The confidence level, e.g. 95% or 99.8%. Default 95%.
 * @returns Lower and upper limit as proportions (0.84 is 84%): n rows of two for a column, two rows for a row, one row of two for a cell.
 */
export function proportionCi(numerator: any[][], denominator: any[][], confidence?: any[][]): any[][] {
  return guarded(() =>
    intervalRows(
      mapCells({ numerator, denominator, confidence }, (cell) => {
        const read = readCountOf(cell.numerator, cell.denominator, NUMERATOR, 'Denominator');
        if (read === null) return null;
        return proportionConfidenceInterval(read.count, read.whole, optionalNumber(cell.confidence, 'Confidence', 0.95));
      }),
    ),
  );
}

/**
 * Which quartile a value falls in among comparators (e.g. all councils), judged by polarity: Top holds the best performers.
 * @customfunction QUARTILE
 * @helpurl https://localhost:3000/help.html#kpiquartile
 * @param value Your figure. A range gives one quartile per cell.
 * @param comparators The comparators' figures, at least 4 numbers in the same units as the value; blanks and text are ignored.
 * @param [polarity] High (default) or Low; Context ranks by value, highest first.
 * @param [method] "inc" (default, as Fingertips: Excel's QUARTILE.INC bounds) or "rank" (as PHE's phe_quantile).
 * @returns Top, Second, Third or Bottom.
 */
export function quartile(value: any[][], comparators: any[][], polarity?: any[][], method?: any[][]): any[][] {
  return guarded(() => {
    const others = prepareComparators(comparatorValues(allCells(comparators, 'Comparators')));
    return mapCells({ value, polarity, method }, (cell) => {
      const figure = readFigure(cell.value, 'Value');
      if (figure === null) return NO_DATA;
      const judged = parsePolarity(text(cell.polarity, 'Polarity')) ?? 'High';
      const group = quantileGroupAmong(figure, others, 4, judged, parseQuantileMethod(cell.method));
      return quartileLabel(group as 1 | 2 | 3 | 4, judged);
    });
  });
}

/**
 * Which of n groups (quintiles, deciles…) a value falls in among comparators, numbered 1 to n with 1 the best given polarity.
 * @customfunction QUANTILE
 * @helpurl https://localhost:3000/help.html#kpiquantile
 * @param value Your figure. A range gives one group per cell.
 * @param comparators The comparators' figures, in the same units as the value; blanks and text are ignored.
 * @param groups How many groups: 4 for quartiles, 5 for quintiles, 10 for deciles.
 * @param [polarity] High (default) or Low; Context numbers by value, highest first.
 * @param [method] "inc" (default, as Fingertips) or "rank" (as PHE's phe_quantile).
 * @returns A group number from 1 (best) to groups.
 */
export function quantile(value: any[][], comparators: any[][], groups: any[][], polarity?: any[][], method?: any[][]): any[][] {
  return guarded(() => {
    const others = prepareComparators(comparatorValues(allCells(comparators, 'Comparators')));
    return mapCells({ value, groups, polarity, method }, (cell) => {
      const figure = readFigure(cell.value, 'Value');
      if (figure === null) return NO_DATA;
      const count = readFigure(cell.groups, 'Groups');
      if (count === null) throw new KpiInputError('Groups is missing: give how many groups, e.g. 4 for quartiles.');
      const judged = parsePolarity(text(cell.polarity, 'Polarity')) ?? 'High';
      return quantileGroupAmong(figure, others, count, judged, parseQuantileMethod(cell.method));
    });
  });
}

/**
 * Compares a value with a benchmark (England, the region) using its confidence interval, as Fingertips does.
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/help.html#kpicompare
 * @param value Your figure. A range gives one comparison per cell.
 * @param lower The lower confidence limit of your figure.
 * @param upper The upper confidence limit of your figure.
 * @param benchmark The benchmark's figure, in the same units as the value (0.642 beside 0.627, not 64.2).
 * @param [polarity] High, Low or Context (default): Context gives Higher or Lower instead of Better or Worse.
 * @returns Better, Similar or Worse (Higher, Similar or Lower for Context), or Not compared when a figure is missing.
 */
export function compare(value: any[][], lower: any[][], upper: any[][], benchmark: any[][], polarity?: any[][]): any[][] {
  return guarded(() =>
    mapCells({ value, lower, upper, benchmark, polarity }, (cell) =>
      compareWithBenchmark(
        readFigure(cell.value, 'Value'),
        readFigure(cell.lower, 'Lower'),
        readFigure(cell.upper, 'Upper'),
        readFigure(cell.benchmark, 'Benchmark'),
        parsePolarity(text(cell.polarity, 'Polarity')) ?? 'Context',
      ),
    ),
  );
}

/**
 * The figure in text copied from a report: "84.5k" is 84500, "£5,343 (2019/20)" is 5343, "54.0%" is 0.54, "2019/20: 45%" is 0.45, "1 234" is 1234.
 * @customfunction VALUE
 * @helpurl https://localhost:3000/help.html#kpivalue
 * @param text The text or number. A range gives one number per cell.
 * @returns The figure; No data when the text has none; blank for a blank cell. A fraction (119/169), a date or a band (56-61%) is an error naming it.
 */
export function value(text: any[][]): any[][] {
  return guarded(() =>
    mapCells({ text }, (cell) => {
      if (cell.text == null || cell.text === '') return '';
      return readFigure(cell.text, 'Text') ?? NO_DATA;
    }),
  );
}

/**
 * Statistical process control as NHS England's Making Data Count: an XmR chart's mean and process limits, and at each point the special-cause signal and the rules that fire.
 * @customfunction SPC
 * @helpurl https://localhost:3000/help.html#kpispc
 * @param values The measure over time, oldest first: one column or row of numbers. A blank cell is a missing period.
 * @param [polarity] High or Low: which way is good. Context or blank: special causes are Neutral.
 * @param [baseline_points] Fix the mean and limits on the first N values. Default: all values.
 * @param [screen_outliers] TRUE (default, as NHSRplotthedots) leaves out moving ranges above 3.267 × their mean; FALSE gives the MDC Excel tool's limits.
 * @param [rule_length] How many points in a row make a run or a trend. Default 7.
 * @returns One row per point: mean, lower limit, upper limit, signal (Improvement, Concern, Neutral, or blank for common cause) and the rules that fire.
 */
export function spc(values: any[][], polarity?: any[][], baseline_points?: any[][], screen_outliers?: any[][], rule_length?: any[][]): any[][] {
  return guarded(() => {
    const { limits, points } = chartFromArguments(values, polarity, baseline_points, screen_outliers, rule_length);
    return points.map((point) => [limits.mean, limits.lower, limits.upper, point.signal ?? '', point.rules.join(', ')]);
  });
}

/**
 * Making Data Count's variation icon in words: is the latest point common cause or a special cause, improving, concerning or neutral, high or low.
 * @customfunction VARIATION
 * @helpurl https://localhost:3000/help.html#kpivariation
 * @param values The measure over time, oldest first: one column or row of numbers. A blank cell is a missing period.
 * @param [polarity] High or Low: which way is good. Context or blank: special causes are neutral.
 * @param [baseline_points] Fix the mean and limits on the first N values. Default: all values.
 * @param [screen_outliers] TRUE (default) leaves out moving ranges above 3.267 × their mean; FALSE as the MDC Excel tool.
 * @param [rule_length] How many points in a row make a run or a trend. Default 7.
 * @returns Common cause, or Special cause improving, concerning or neutral, with (high) or (low) for the direction of the values.
 */
export function variation(values: any[][], polarity?: any[][], baseline_points?: any[][], screen_outliers?: any[][], rule_length?: any[][]): any[][] {
  return guarded(() => [[latestVariation(chartFromArguments(values, polarity, baseline_points, screen_outliers, rule_length))]]);
}

/**
 * Making Data Count's assurance icon in words: will the process, as its limits show it, reliably meet the target?
 * @customfunction ASSURANCE
 * @helpurl https://localhost:3000/help.html#kpiassurance
 * @param values The measure over time, oldest first: one column or row of numbers. A blank cell is a missing period.
 * @param target The target, e.g. 95%, ">11%" or "<553", in the values' units; N/A, TBC or blank mean no target.
 * @param [polarity] High or Low. Blank: the target's operator decides (">" High, "<" Low).
 * @param [baseline_points] Fix the limits on the first N values. Default: all values.
 * @param [screen_outliers] TRUE (default) leaves out moving ranges above 3.267 × their mean; FALSE as the MDC Excel tool.
 * @returns Consistently passing, Consistently failing, Hit and miss, or No target.
 */
export function assurance(values: any[][], target: any[][], polarity?: any[][], baseline_points?: any[][], screen_outliers?: any[][]): any[][] {
  return guarded(() => {
    const process = limitsFromArguments(values, baseline_points, screen_outliers);
    const rule = readMeasureRule(text(settingCell(polarity, 'Polarity'), 'Polarity'), settingCell(target, 'Target'));
    return [[assuranceOf(process.limits, rule.target, rule.polarity, process.values)]];
  });
}

/**
 * Fingertips' trend marker over the last 5 points: a significant rise or fall (p = 0.002), judged by polarity.
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#kpitrend
 * @param values The measure over time, oldest first: one column or row. Only the last 5 values are used.
 * @param [lower] The lower 95% confidence limit of each value (for the weighted regression).
 * @param [upper] The upper 95% confidence limit of each value.
 * @param [polarity] High or Low; Context or blank gives Increasing or Decreasing.
 * @param [count] For a proportion: the count at each point. With denominator, the chi-squared test for trend is used.
 * @param [denominator] For a proportion: the denominator at each point.
 * @returns Increasing or Decreasing (and getting better or worse), No significant change, or Cannot be calculated.
 */
export function trend(values: any[][], lower?: any[][], upper?: any[][], polarity?: any[][], count?: any[][], denominator?: any[][]): any[][] {
  return guarded(() => {
    const judged = polarityArgument(polarity);
    return [[trendMarkerOf(trendTestOf(trendArguments(values, lower, upper, count, denominator)), judged)]];
  });
}

/**
 * Fingertips' test for trend over the last 5 points: chi-squared, slope per period and whether it is significant. The slope is in the values' units per period with lower and upper; with count and denominator it is the proportion's change per period as a fraction of 1 (0.0017 is 0.17 points), whatever scale the values are in.
 * @customfunction TREND_TEST
 * @helpurl https://localhost:3000/help.html#kpitrend_test
 * @param values The measure over time, oldest first: one column or row. Only the last 5 values are used.
 * @param [lower] The lower 95% confidence limit of each value (for the weighted regression).
 * @param [upper] The upper 95% confidence limit of each value.
 * @param [count] For a proportion: the count at each point. With denominator, the chi-squared test for trend is used.
 * @param [denominator] For a proportion: the denominator at each point.
 * @returns One row: chi-squared, slope per period (in the values' units with limits; a fraction of 1 per period with count and denominator), and TRUE when significant; Cannot be calculated in all three cells when it cannot (never FALSE, which would read as a test that found no trend).
 */
export function trendTest(values: any[][], lower?: any[][], upper?: any[][], count?: any[][], denominator?: any[][]): any[][] {
  return guarded(() => {
    const test = trendTestOf(trendArguments(values, lower, upper, count, denominator));
    return test ? [[test.chiSquared, test.slope, test.significant]] : [[CANNOT_BE_CALCULATED, CANNOT_BE_CALCULATED, CANNOT_BE_CALCULATED]];
  });
}
