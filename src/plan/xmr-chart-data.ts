/**
 * The cells behind one measure's XmR chart, written on the chart's own sheet so that a
 * reader without the add-in sees the same chart: a native line chart with the series
 * Value, Mean, Lower limit, Upper limit and Target, and one series per signal holding a
 * value only at its special-cause points, for hosts that cannot colour single points.
 * The figures are values as at the Apply that wrote them; a note says so, and says when
 * the limits are trial limits.
 */
import { type XmrChart } from '../kpi/xmr-chart';

export const CHART_SERIES = ['Value', 'Mean', 'Lower limit', 'Upper limit', 'Target', 'Improvement', 'Concern', 'Neutral'] as const;

/** The signal series, in the order of CHART_SERIES. */
const SIGNAL_SERIES = ['Improvement', 'Concern', 'Neutral'] as const;

export type ChartCell = string | number | null;

export interface XmrChartData {
  /** The header row, then one row per period: the period label, then each series. */
  cells: ChartCell[][];
  /** Lines to show above the table: the "as at" date, and trial limits when they are. */
  notes: string[];
}

/** Today as an analyst writes it on a report: 1 December 2026. */
export function asAtText(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The chart's data for a measure with these period labels (one per point). */
export function xmrChartData(measure: string, periods: readonly string[], chart: XmrChart, target: number | null, asAt: Date): XmrChartData {
  const { limits } = chart;
  const rows = chart.points.map((point, i): ChartCell[] => [
    periods[i] ?? `${i + 1}`,
    point.value,
    limits.mean,
    limits.lower,
    limits.upper,
    target,
    ...SIGNAL_SERIES.map((signal) => (point.signal === signal ? point.value : null)),
  ]);
  const notes = [`${measure}: values as at ${asAtText(asAt)}. Write the XmR chart again from the pane to refresh them.`];
  if (limits.trial) notes.push(`Trial limits: computed from ${limits.points} points; limits need 12 or more to be firm.`);
  return { cells: [['Period', ...CHART_SERIES], ...rows], notes };
}
