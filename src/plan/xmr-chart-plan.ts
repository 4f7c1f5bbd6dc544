/**
 * XmR charts for the measures the user picks, one sheet each, written in one batch: the
 * chart's data as plain cells (notes, then the data block of `xmrChartData`) and a native
 * line chart over them: Value and Mean as lines, the limits dashed, the target a line when
 * it is one number, and the special causes as markers only, a series per signal, in MDC's
 * colours. A sheet the add-in wrote before for a measure is written over; any other name
 * in use is left alone and the chart gets a free one.
 */
import { type ChartSeriesWrite, type XmrChartWrite } from '../excel/workbook-host';
import { parseTarget } from '../kpi/target';
import { type JudgedSeries } from './over-time-columns';
import { CHART_COLOURS } from './spc-palette';
import { CHART_SERIES, xmrChartData } from './xmr-chart-data';

/** Excel's longest sheet name. */
export const SHEET_NAME_LIMIT = 31;

/** "XmR " and the measure's name, without the characters Excel refuses in a sheet name, cut to fit with room for " 2". */
function wantedName(name: string): string {
  const cleaned = `XmR ${name}`.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim();
  return cleaned.slice(0, SHEET_NAME_LIMIT - 3).trim();
}

/**
 * A sheet name for each measure: its own earlier chart sheet when the name is still free of
 * anyone else's, otherwise the first of "XmR …", "XmR … 2", … no sheet (or other chart) has.
 * Names compare without case, as in Excel.
 */
export function chartSheetNames(names: readonly string[], taken: readonly string[], ours: readonly string[]): string[] {
  const own = new Set(ours.map((name) => name.toLowerCase()));
  const used = new Set(taken.filter((name) => !own.has(name.toLowerCase())).map((name) => name.toLowerCase()));
  return names.map((name) => {
    const base = wantedName(name);
    let sheet = base;
    for (let n = 2; used.has(sheet.toLowerCase()); n++) sheet = `${base} ${n}`;
    used.add(sheet.toLowerCase());
    return sheet;
  });
}

/** The chart's one target line: a target of one number; a band or no target draws none. */
function targetLine(cell: unknown): number | null {
  try {
    const target = parseTarget(cell as Parameters<typeof parseTarget>[0]);
    return target.kind === 'value' ? target.value : null;
  } catch {
    return null;
  }
}

const DRAW: Record<(typeof CHART_SERIES)[number], ChartSeriesWrite['draw']> = {
  Value: 'line',
  Mean: 'line',
  'Lower limit': 'dashed',
  'Upper limit': 'dashed',
  Target: 'dotted',
  Improvement: 'markers',
  Concern: 'markers',
  Neutral: 'markers',
};

/** Each signal's marker has its own shape as well as its own colour. */
const MARKERS: Partial<Record<(typeof CHART_SERIES)[number], ChartSeriesWrite['marker']>> = { Improvement: 'triangle', Concern: 'square', Neutral: 'circle' };

/** One chart write per rated measure picked; `sheetNames` from `chartSheetNames`, in the same order. */
export function planXmrCharts(picked: readonly JudgedSeries[], sheetNames: readonly string[], asAt: Date): XmrChartWrite[] {
  return picked.flatMap(({ series, judgement }, i) => {
    if (!judgement.rated) return [];
    const target = targetLine(series.measure.target);
    const data = xmrChartData(series.measure.name, series.labels, judgement.chart, target, asAt);
    const notes = data.notes.map((note) => [note]);
    const headerRow = notes.length + 1;
    const chartSeries = CHART_SERIES.flatMap((name, s): ChartSeriesWrite[] => {
      const column = s + 1;
      const used = name !== 'Target' || target !== null;
      const marker = MARKERS[name];
      return used ? [{ column, draw: DRAW[name], color: CHART_COLOURS[name], ...(marker ? { marker } : {}) }] : [];
    });
    return [
      {
        sheetName: sheetNames[i],
        title: `${series.measure.name}: XmR chart`,
        cells: [...notes, [], ...data.cells],
        data: { headerRow, rowCount: data.cells.length - 1 },
        series: chartSeries,
        numberFormat: series.numberFormat,
      },
    ];
  });
}
