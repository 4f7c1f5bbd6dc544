/**
 * What every host refuses before it writes a summary or a chart sheet, so that none of them
 * clears a sheet and then fails part way: one check, the same words from every host.
 */
import { type SummaryWrite, type XmrChartWrite } from './workbook-host';

/** Why the summary cannot be written, or null. Its chart's rows sit under a header row, so the first is row 1 or later. */
export function summaryProblem({ chart }: SummaryWrite): string | null {
  return chart.rowCount < 1 || chart.firstRow < 1 ? 'summary.chart must name at least one row, under a header row.' : null;
}

/** Why one of the charts cannot be written, or null. */
export function chartsProblem(charts: readonly XmrChartWrite[]): string | null {
  const bad = charts.find((chart) => chart.data.rowCount < 1 || chart.data.headerRow < 0 || chart.series.length === 0);
  return bad ? `chart ${bad.sheetName} must name at least one period row and one series.` : null;
}
