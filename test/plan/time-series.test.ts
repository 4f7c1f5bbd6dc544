/**
 * Reading a table as measures over time: periods across the columns (one or two header
 * rows, months or quarters) and a long table of one row per measure per period, pivoted.
 * Blanks are missing points; text, error cells, unreadable or repeated periods make only
 * that measure Not rated, with a reason that names the period or the rows.
 */
import { assurance, variation } from '../../src/functions/functions';
import { DEFAULT_OVER_TIME, overTimeWords } from '../../src/plan/over-time';
import { judgeSeries, readTimeSeries } from '../../src/plan/time-series';
import { proposeMapping } from '../../src/plan/column-guess';
import { type CellValue } from '../../src/kpi/cell';
import { withCustomFunctionsRuntime } from '../support/custom-functions';
import { snapshotOf } from './table-snapshots';

withCustomFunctionsRuntime();

const column = (cells: readonly CellValue[]): unknown[][] => cells.map((cell) => [cell === undefined ? null : cell]);
const MONTHS = ['Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', 'Oct-24', 'Nov-24', 'Dec-24', 'Jan-25', 'Feb-25', 'Mar-25', 'Apr-25', 'May-25'];
const LABELS = ['Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025'];
const ADMISSIONS = [612, 598, 605, 620, 601, 597, 610, 603, 615, 600, 606, 599, 604, 540];
const REABLEMENT = [0.81, 0.83, null, 0.84, 0.8, 0.82, 0.83, 0.81, 0.82, 0.84, 0.83, 0.82, 0.81, 0.83];
const CARERS: CellValue[] = [120, 'AD', 131, 118, 125, 130, 122, 127, 119, 124, 128, 121, 126, 123];
const DELAYS: CellValue[] = [14, 12, 15, '#N/A', 13, 12, 14, 15, 13, 12, 14, 13, 12, 11];

/** The words the functions give for the same figures, as an analyst typing them would get. */
const functionWords = (periods: readonly CellValue[], polarity: string, target: CellValue) => [
  variation(column(periods), [[polarity]])[0][0],
  assurance(column(periods), [[target]], [[polarity]])[0][0],
];

describe('a table with its months across the columns', () => {
  // As an adult social care monthly return keeps it: codes, a section heading row, free-text commentary.
  const table = snapshotOf(
    ['Ref', 'Measure', 'Polarity', 'Target', ...MONTHS, 'Commentary'],
    [
      ['', 'Adult social care', '', '', ...MONTHS.map(() => null), ''],
      ['ASCOF 2A', 'Permanent admissions to care homes per 100,000 (65+)', 'Low', '<600', ...ADMISSIONS, 'Fell in May after the new discharge pathway'],
      ['ASCOF 2B', 'Reablement: still at home after 91 days', 'High', 0.75, ...REABLEMENT, 'June not yet returned'],
      ['LI 14', 'Carers assessed in the month', 'High', 120, ...CARERS, 'AD: awaiting data'],
      ['LI 22', 'Delayed transfers of care, days per 100,000', 'Low', '<13', ...DELAYS, ''],
    ],
  );
  const read = readTimeSeries(table)!;

  it('reads each measure as a series over the month columns, oldest first, and says what it read', () => {
    expect(read.shape).toBe('across');
    expect(read.description).toBe('14 months across the columns, Apr 2024 to May 2025');
    expect(read.series.map((s) => [s.row, s.measure.name])).toEqual([
      [1, 'Permanent admissions to care homes per 100,000 (65+)'],
      [2, 'Reablement: still at home after 91 days'],
      [3, 'Carers assessed in the month'],
      [4, 'Delayed transfers of care, days per 100,000'],
    ]);
    expect(read.series[0].labels).toEqual(LABELS);
  });

  it('carries each measure’s number format, that of its latest figure, for its chart’s data', () => {
    const formatted = { ...table, numberFormats: table.values.map((row, r) => row.map((_, c) => (r === 2 && c >= 4 ? (c === 4 + MONTHS.length - 1 ? '0.0%' : '0%') : 'General'))) };
    const series = readTimeSeries(formatted)!.series;
    expect(series.map((s) => s.numberFormat)).toEqual(['General', '0.0%', 'General', 'General']);
  });

  it('rates a measure with a blank month, the blank a missing point, as the functions do', () => {
    for (const [i, figures, polarity, target] of [[0, ADMISSIONS, 'Low', '<600'], [1, REABLEMENT, 'High', 0.75]] as const) {
      expect(overTimeWords(judgeSeries(read.series[i], DEFAULT_OVER_TIME))).toEqual(functionWords(figures, polarity, target));
    }
  });

  it('leaves a measure with text or an error cell Not rated, naming the month, and rates the others', () => {
    const [carers, delays] = [read.series[2], read.series[3]].map((s) => judgeSeries(s, DEFAULT_OVER_TIME));
    expect(carers).toEqual({ rated: false, reason: expect.stringMatching(/^May 2024 holds 'AD', not a figure/) });
    expect(delays).toEqual({ rated: false, reason: expect.stringMatching(/^Jul 2024 holds '#N\/A', not a figure/) });
  });

  it('reads two header rows: the roles over the periods, quarters in financial-year order', () => {
    const quarters = snapshotOf(
      ['Code', 'Indicator', 'Good is', 'Actual', '', '', '', '', 'Target'],
      [
        ['', '', '', 'Q3 2023/24', 'Q4 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', '2024/25'],
        ['PH 1', 'Smoking quitters at 4 weeks per 100,000', 'High', 410, 432, 398, 455, 470, '>400'],
      ],
    );
    const series = readTimeSeries(quarters)!.series;
    expect(series.map((s) => [s.row, s.labels])).toEqual([[1, ['Q3 2023/24', 'Q4 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']]]);
    expect(series[0].measure).toMatchObject({ periods: [410, 432, 398, 455, 470], polarity: 'High', target: '>400' });
  });

  it('reads months named alone under the financial year above them (merged across), Jan–Mar in its second calendar year', () => {
    // A plain range as a finance team keeps it: the years on the header row, the months in the row under it.
    const months = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
    const monthly = snapshotOf(
      ['Measure', 'Good is', 'Target', '2023/24', ...months.slice(1).map(() => ''), '2024/25', '', '', 'YTD'],
      [
        ['', '', '', ...months, 'Apr', 'May', 'Jun', ''],
        ['Calls answered within 60 seconds', 'High', 0.9, 0.91, 0.88, 0.93, 0.9, 0.89, 0.92, 0.9, 0.87, 0.86, 0.91, 0.92, 0.9, 0.93, 0.94, 0.92, 0.913],
      ],
    );
    const read = readTimeSeries(monthly)!;
    expect(read.description).toBe('15 months across the columns, Apr 2023 to Jun 2024');
    expect(read.series[0].labels.slice(8, 11)).toEqual(['Dec 2023', 'Jan 2024', 'Feb 2024']);
    expect(read.series[0].measure.periods).toEqual([0.91, 0.88, 0.93, 0.9, 0.89, 0.92, 0.9, 0.87, 0.86, 0.91, 0.92, 0.9, 0.93, 0.94, 0.92]);
    // The RAG mapping reads the same header: the pane's Period to rate lists every month, dated.
    const periods = proposeMapping(monthly).periods;
    expect(periods.filter((period) => /^(Mar|Apr) 2024$/.test(period.label)).map((period) => [period.label, period.column])).toEqual([['Mar 2024', 14], ['Apr 2024', 15]]);
  });

  it('dates months under a calendar year as that year, and leaves a month under no year undated', () => {
    const calendar = snapshotOf(['Indicator', 'Polarity', 'Jan', 'Feb', 'Mar', 'Apr'], [['Fly-tipping reports', 'Low', 120, 131, 118, 125]], ['', '', '2025', '', '', '']);
    expect(readTimeSeries(calendar)!.series[0].labels).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025']);
    expect(readTimeSeries(snapshotOf(['Indicator', 'Polarity', 'Jan', 'Feb', 'Mar', 'Apr'], [['Fly-tipping reports', 'Low', 120, 131, 118, 125]]))).toBeNull();
  });

  it('reads a quarter between the columns with no column of its own as a missing point, and says so', () => {
    const scorecard = snapshotOf(['Ref', 'Indicator', 'Good is', 'Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q3 target'], [['CS01', 'Calls answered', 'High', 0.81, 0.84, 0.86, 0.85, '>80%']]);
    const read = readTimeSeries(scorecard)!;
    expect(read.description).toBe('4 quarters across the columns, Q3 2023/24 to Q3 2024/25; 1 with no column, read as missing');
    expect(read.series[0].labels).toEqual(['Q3 2023/24', 'Q4 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']);
    expect(read.series[0].measure).toMatchObject({ periods: [0.81, null, 0.84, 0.86, 0.85], target: '>80%' });
  });

  it('offers no series for a table of one period, nor reads the add-in’s own word columns as months', () => {
    expect(readTimeSeries(snapshotOf(['Ref', 'Measure', 'Actual', 'Target', 'Previous'], [['A', 'M', 1, 2, 3]]))).toBeNull();
    const withWords = snapshotOf(['Measure', 'Apr-24', 'May-24', 'Jun-24', 'Variation as at 1 December 2026'], [['M', 1, 2, 3, 'Common cause']]);
    expect(readTimeSeries(withWords)!.series[0].measure.periods).toEqual([1, 2, 3]);
  });
});

describe('a long table, a row per measure per month', () => {
  const MEASURE = 'Permanent admissions to care homes per 100,000 (65+)';
  const rows: CellValue[][] = [
    // The warehouse extract runs newest first and mixes the measures; one month is missing.
    ...ADMISSIONS.map((value, i) => [MEASURE, MONTHS[i], value, '<600', 'Low'] as CellValue[]).reverse().filter((_, i) => i !== 5),
    ['Carers assessed in the month', 'Apr-24', 120, 120, 'High'],
    ['Carers assessed in the month', 'May-24', 131, 120, 'High'],
    ['Carers assessed in the month', 'May-24', 128, 120, 'High'],
    ['Smoking quitters', 'Spring', 4, '>3', 'High'],
    ['Smoking quitters', 'Jun-24', 5, '>3', 'High'],
  ];
  const table = snapshotOf(['Measure', 'Month', 'Value', 'Target', 'Polarity'], rows);
  const read = readTimeSeries(table)!;

  it('pivots the rows to one series per measure, oldest first, a month with no row a missing point', () => {
    expect(read.shape).toBe('long');
    const admissions = read.series[0];
    expect(admissions.labels).toEqual(LABELS);
    const expected: CellValue[] = [...ADMISSIONS];
    expected[ADMISSIONS.length - 1 - 5] = null;
    expect(admissions.measure).toEqual({ name: MEASURE, periods: expected, polarity: 'Low', target: '<600' });
    expect(admissions.row).toBe(0);
    expect(overTimeWords(judgeSeries(admissions, DEFAULT_OVER_TIME))).toEqual(functionWords(expected, 'Low', '<600'));
  });

  it('leaves a measure with two rows for one month, or a period it cannot read, Not rated and naming the rows', () => {
    const [, carers, quitters] = read.series.map((s) => judgeSeries(s, DEFAULT_OVER_TIME));
    expect(carers).toEqual({ rated: false, reason: 'Rows 16 and 17 are both for May 2024.' });
    expect(quitters).toEqual({ rated: false, reason: 'Row 18: the period "Spring" is not a month or a quarter with its year.' });
  });

  it('reads a Month column of dates as Excel stores them: serial numbers formatted as dates', () => {
    const dated = snapshotOf(['Indicator', 'Month', 'Actual'], [['M', 45383, 3], ['M', 45413, 4], ['M', 45444, 5]]);
    dated.numberFormats = dated.values.map(() => ['General', 'mmm-yy', 'General']);
    expect(readTimeSeries(dated)!.series[0].labels).toEqual(['Apr 2024', 'May 2024', 'Jun 2024']);
  });

  it('reads a month-end date with a time of day as that day’s month, not the next', () => {
    // 31 March 2024 at 21:36, 30 April at 23:59, 31 May at noon: a warehouse's "period ending" stamps.
    const stamped = snapshotOf(['Indicator', 'Period ending', 'Actual'], [['M', 45382.9, 3], ['M', 45412.999, 4], ['M', 45443.5, 5]]);
    stamped.numberFormats = stamped.values.map(() => ['General', 'dd/mm/yyyy hh:mm', 'General']);
    expect(readTimeSeries(stamped)!.series[0].labels).toEqual(['Mar 2024', 'Apr 2024', 'May 2024']);
  });

  it('leaves a measure whose rows give different polarities Not rated, naming them', () => {
    const mixed = snapshotOf(['Measure', 'Month', 'Value', 'Polarity'], [['M', 'Apr-24', 1, 'High'], ['M', 'May-24', 2, 'Low'], ['M', 'Jun-24', 3, 'High']]);
    expect(judgeSeries(readTimeSeries(mixed)!.series[0], DEFAULT_OVER_TIME)).toEqual({ rated: false, reason: expect.stringMatching(/^Its rows give different polarities \("High", "Low"\)/) });
  });
});

describe('two columns for one period', () => {
  const headers = ['Indicator', 'Good is', 'Apr-24 forecast', 'Apr-24 actual', 'May-24 forecast', 'May-24 actual', 'Jun-24 forecast', 'Jun-24 actual'];

  it('reads the one headed as the actual, wherever it stands', () => {
    const table = snapshotOf(headers, [['Admissions', 'Low', 100, 1, 100, 2, 100, 3]]);
    expect(readTimeSeries(table)!.series[0].measure.periods).toEqual([1, 2, 3]);
  });

  it('offers no series when neither is headed as the actual: the forecast is never read as the outturn', () => {
    const table = snapshotOf(headers.map((h) => h.replace(' actual', ' profile')), [['Admissions', 'Low', 100, 1, 100, 2, 100, 3]]);
    expect(readTimeSeries(table)).toBeNull();
  });
});
