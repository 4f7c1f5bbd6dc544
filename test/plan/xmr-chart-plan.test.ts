/**
 * XmR chart sheets for the measures picked: names Excel accepts (31 characters, none of
 * []:*?/\), unique among the workbook's sheets but reusing the add-in's own; the data as
 * cells under the notes; the series drawn as MDC's charts draw them, special causes as
 * markers at exactly the points the engine flags.
 */
import { MONTHLY_2023_25 } from '../../src/demo/data/monthly-2023-25';
import { DEFAULT_OVER_TIME } from '../../src/plan/over-time';
import { CHART_COLOURS } from '../../src/plan/spc-palette';
import { judgeSeries } from '../../src/plan/time-series';
import { type SeriesRow } from '../../src/plan/series-row';
import { SHEET_NAME_LIMIT, chartSheetNames, planXmrCharts } from '../../src/plan/xmr-chart-plan';
import { contrast } from '../support/contrast';

const AS_AT = new Date(Date.UTC(2026, 11, 1));

describe('XmR chart sheet names', () => {
  it('fit Excel: at most 31 characters, none of []:*?/\\, unique without case', () => {
    const names = chartSheetNames(['Delayed transfers: days/100,000 [ASC*] and more words than fit', 'Reablement', 'Reablement'], ['xmr reablement'], []);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names.slice(1)).toEqual(['XmR Reablement 2', 'XmR Reablement 3']);
  });

  it('reuse the add-in’s own chart sheet of that name, so a second run replaces it', () => {
    expect(chartSheetNames(['Reablement'], ['KPIs', 'XmR Reablement'], ['XmR Reablement'])).toEqual(['XmR Reablement']);
  });
});

describe('an XmR chart of a monthly measure', () => {
  const LABELS = Array.from({ length: 24 }, (_, i) => `M${i + 1}`);
  const judged = MONTHLY_2023_25.filter((m) => typeof m.months[0] === 'number').map((m, row): { series: SeriesRow; judgement: ReturnType<typeof judgeSeries> } => {
    const series: SeriesRow = { row, labels: LABELS, measure: { name: m.measure, periods: m.months.map((v) => (v === '' ? null : v)), polarity: m.goodIs, target: m.target }, numberFormat: '0.0%', problem: null };
    return { series, judgement: judgeSeries(series, DEFAULT_OVER_TIME) };
  });
  const names = judged.map((_, i) => `Chart ${i}`);
  const charts = planXmrCharts(judged, names, AS_AT);

  it('charts only the rated measures, each on its named sheet, data under the notes', () => {
    const rated = judged.filter((j) => j.judgement.rated);
    expect(charts).toHaveLength(rated.length);
    const [first] = charts;
    expect(first.cells[0][0]).toMatch(/values as at 1 December 2026/);
    expect(first.cells[first.data.headerRow]).toEqual(['Period', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Target', 'Improvement', 'Concern', 'Neutral']);
    expect(first.data.rowCount).toBe(24);
    expect(first.cells[first.data.headerRow + 1].slice(0, 2)).toEqual(['M1', MONTHLY_2023_25[0].months[0]]);
  });

  it('draws values and mean as lines, limits dashed, the target dotted when it is a number, special causes as markers of a shape each', () => {
    const health = charts.find((c) => c.title.startsWith('NHS Health Checks'))!;
    const admissions = charts.find((c) => c.title.startsWith('Permanent admissions'))!;
    const named = (chart: typeof health) => chart.series.map((s) => [chart.cells[chart.data.headerRow][s.column], s.draw]);
    expect(named(admissions)).toEqual([
      ['Value', 'line'], ['Mean', 'line'], ['Lower limit', 'dashed'], ['Upper limit', 'dashed'], ['Target', 'dotted'],
      ['Improvement', 'markers'], ['Concern', 'markers'], ['Neutral', 'markers'],
    ]);
    // Not colour alone: each signal's marker has a shape of its own.
    const shapes = admissions.series.filter((s) => s.draw === 'markers').map((s) => s.marker);
    expect(new Set(shapes).size).toBe(3);
    // "N/A" is no target: no target line.
    expect(named(health).map(([name]) => name)).not.toContain('Target');
    expect(admissions.cells[admissions.data.headerRow + 1][5]).toBe(560);
  });

  it('marks exactly the points the engine flags, in the signal’s series', () => {
    const { judgement } = judged[0];
    if (!judgement.rated) throw new Error('rated');
    const chart = charts[0];
    const rows = chart.cells.slice(chart.data.headerRow + 1);
    judgement.chart.points.forEach((point, i) => {
      expect(rows[i][6]).toBe(point.signal === 'Improvement' ? point.value : null);
      expect(rows[i][7]).toBe(point.signal === 'Concern' ? point.value : null);
    });
    expect(rows.some((row) => row[6] !== null)).toBe(true);
  });

  it('every series colour stands out from the white plot at 3:1 or more (WCAG 1.4.11)', () => {
    for (const colour of Object.values(CHART_COLOURS)) expect(contrast(colour, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});
