/** The mapping the pane proposes for council tables as they come, headed the way councils head them. */
import * as fs from 'fs';
import { type CellValue } from '../../src/kpi/cell';
import { type ColumnMapping, type ColumnRole } from '../../src/plan/column-roles';
import { guessMapping, proposeMapping } from '../../src/plan/column-guess';
import { readHeader } from '../../src/plan/header-reading';
import { combineHeaderRows } from '../../src/plan/header-rows';
import { DEFAULTS, buildMeasureRows } from '../../src/plan/table-model';
import { parseCsv, sharedPath } from '../support/shared';
import { snapshotOf } from './table-snapshots';

/** The roles that are mapped, by the header of their column. */
function mapped(mapping: ColumnMapping, headers: readonly string[]): Partial<Record<ColumnRole, string>> {
  return Object.fromEntries(Object.entries(mapping).flatMap(([role, column]) => (column === null ? [] : [[role, headers[column]]])));
}

const fill = (columns: number, row: (i: number) => CellValue[]) => Array.from({ length: 4 }, (_, i) => row(i)).map((cells) => cells.slice(0, columns));

describe('a header is read for its role and its period, the period before or after the role', () => {
  it.each([
    ['2020/21 Outturn', 'actual', 2020, null],
    ['Outturn 2020/21', 'actual', 2020, null],
    ['Latest 2020-21', 'actual', 2020, null],
    ['Actual 2019-20', 'actual', 2019, null],
    ['Q3 2024/25', null, 2024, 3],
    ['2024/25 Q3', null, 2024, 3],
    ['Q3 Actual', 'actual', null, 3],
    ['Target 2021-22', 'target', 2021, null],
    ['2021/22 Target', 'target', 2021, null],
    ['Q3 Target', 'target', null, 3],
    ['Target 2020/2021', 'target', 2020, null],
    ['Outturn 20/21', 'actual', 2020, null],
    ['Actual 11/12', 'actual', 2011, null],
    ['outturn_2020_21', 'actual', 2020, null],
  ])('%s', (header, role, fiscalYear, quarter) => {
    expect(readHeader(header)).toMatchObject({ role, period: { fiscalYear, quarter } });
  });

  it('months as Apr-24 or April 2024, placed in the financial year they fall in', () => {
    expect(readHeader('Apr-24').period).toMatchObject({ fiscalYear: 2024, month: 4 });
    expect(readHeader('April 2024').period).toMatchObject({ fiscalYear: 2024, month: 4 });
    expect(readHeader('Jan-25 actual')).toMatchObject({ role: 'actual', period: { fiscalYear: 2024, month: 1 } });
  });

  it.each([
    ['Year-end target', 'target'],
    ['Baseline', 'baseline'],
    ['Previous year', 'previous'],
    ['Last year', 'previous'],
    ['Same period last year', 'lastYear'],
    ['Same quarter last year', 'lastYear'],
    ['Indicator Reference', 'ref'],
    ['Description', 'measure'],
    ['Key Performance Measure', 'measure'],
    ['Performance Indicator', 'measure'],
    ['KPI', 'measure'],
    ['No.', 'ref'],
    ['ID', 'ref'],
    ['Code', 'ref'],
    ['Good is', 'polarity'],
    ['Better is', 'polarity'],
    ['Direction', 'polarity'],
    ['Aim', 'polarity'],
    ['Direction of travel', 'output'],
    ['DoT', 'output'],
    ['Reported RAG', 'output'],
    ['Tolerance', 'tolerance'],
    ['Threshold', 'tolerance'],
    ['Commentary', 'commentary'],
    ['Comments', 'commentary'],
    ['Notes', 'commentary'],
  ])('%s is %s', (header, role) => {
    expect(readHeader(header).role).toBe(role);
  });

  it('a year-end target stands at the end of the year', () => {
    expect(readHeader('Year-end target').period).toMatchObject({ fiscalYear: null, yearEnd: true });
  });
});

describe('the proposed mapping of council tables', () => {
  it('Bedford-style appendix: the period first, Measure the description, the target for a later year said so', () => {
    const headers = ['Indicator Reference', 'Description', 'Polarity', '2020/21 Outturn', '2021/22 Target'];
    const rows = fill(5, (i) => [`NI13${i}`, `Timeliness of social care assessments (all adults) within 28 days, group ${i}`, 'High %', 0.93, 0.9]);
    const proposal = proposeMapping(snapshotOf(headers, rows));
    expect(mapped(proposal.mapping, headers)).toEqual({
      ref: 'Indicator Reference',
      measure: 'Description',
      polarity: 'Polarity',
      actual: '2020/21 Outturn',
      target: '2021/22 Target',
    });
    expect(proposal.period).toBe('2020/21');
    expect(proposal.notes).toContain('No target for 2020/21: rated against the target for 2021/22.');
  });

  it('multi-year table: the latest year is rated, the year before is Previous, the target is for the same year', () => {
    const headers = ['Key Performance Measure', 'Actual 2018-19', 'Actual 2019-20', 'Latest 2020-21', 'Target 2020-21', 'Target 2021-22'];
    const proposal = proposeMapping(snapshotOf(headers, fill(6, () => ['Household waste recycled', 0.41, 0.43, 0.44, 0.45, 0.47])));
    expect(mapped(proposal.mapping, headers)).toEqual({
      measure: 'Key Performance Measure',
      actual: 'Latest 2020-21',
      previous: 'Actual 2019-20',
      target: 'Target 2020-21',
    });
    expect(proposal.periods.map((period) => period.label)).toEqual(['2018/19', '2019/20', '2020/21']);
    expect(proposal.notes).toEqual(['Rating 2020/21, the latest period with figures.']);
  });

  it('quarterly scorecard: the latest quarter with figures, the quarter before, the same quarter last year', () => {
    const headers = ['Ref', 'Indicator', 'Good is', 'Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25', 'Q3 target', 'Year-end target', 'Tolerance', 'Commentary'];
    const rows = fill(12, (i) => [`CS0${i}`, 'Percentage of council tax collected', 'High', 0.8, 0.3, 0.55, 0.8, null, 0.81, 0.97, '1pp', 'On track']);
    const proposal = proposeMapping(snapshotOf(headers, rows));
    expect(mapped(proposal.mapping, headers)).toEqual({
      ref: 'Ref',
      measure: 'Indicator',
      polarity: 'Good is',
      actual: 'Q3 2024/25',
      previous: 'Q2 2024/25',
      lastYear: 'Q3 2023/24',
      target: 'Q3 target',
      amberTolerance: 'Tolerance',
    });
    expect(proposal.keptColumns).toEqual([11]);
    expect(proposal.periods.map((period) => [period.label, period.hasFigures])).toEqual([
      ['Q3 2023/24', true], ['Q1 2024/25', true], ['Q2 2024/25', true], ['Q3 2024/25', true], ['Q4 2024/25', false],
    ]);
  });

  it('a period can be chosen instead of the latest', () => {
    const headers = ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q2 target', 'Q3 target'];
    const proposal = proposeMapping(snapshotOf(headers, fill(6, () => ['Calls answered', 1, 2, 3, 2, 3])), { period: 'Q2 2024/25' });
    expect(mapped(proposal.mapping, headers)).toMatchObject({ actual: 'Q2 2024/25', previous: 'Q1 2024/25', target: 'Q2 target' });
    expect(proposal.period).toBe('Q2 2024/25');
  });

  it('monthly columns: the latest month that has figures, its target the year-end one when it has none, said so', () => {
    const headers = ['KPI', 'Aim', 'Apr-24', 'May-24', 'Jun-24', 'Year-end target'];
    const proposal = proposeMapping(snapshotOf(headers, fill(6, () => ['Missed bin collections per 100,000', 'Low', 52, 48, 'AD', 50])));
    expect(mapped(proposal.mapping, headers)).toEqual({ measure: 'KPI', polarity: 'Aim', actual: 'May-24', previous: 'Apr-24', target: 'Year-end target' });
    expect(proposal.notes).toContain('No target for May 2024: rated against the target for Year-end 2024/25.');
  });

  it('a baseline column, and undated quarters with a quarter target', () => {
    const headers = ['PI Code', 'Performance Indicator', 'Better is', 'Baseline', 'Q1 Actual', 'Q2 Actual', 'Q2 Target', 'Notes'];
    const proposal = proposeMapping(snapshotOf(headers, fill(8, () => ['HS1', 'Homelessness cases prevented', 'Higher', 389, 400, 420, '+5%', ''])));
    expect(mapped(proposal.mapping, headers)).toEqual({
      ref: 'PI Code', measure: 'Performance Indicator', polarity: 'Better is', baseline: 'Baseline', actual: 'Q2 Actual', previous: 'Q1 Actual', target: 'Q2 Target',
    });
  });

  it('a single-period dashboard with its own RAG and DoT columns: those are never inputs', () => {
    const headers = ['No.', 'Measure', 'Direction', 'Target', 'Current', 'Last year', 'RAG', 'DoT', 'Comments'];
    expect(mapped(guessMapping(headers), headers)).toEqual({
      ref: 'No.', measure: 'Measure', polarity: 'Direction', target: 'Target', actual: 'Current', previous: 'Last year',
    });
  });

  it('Measure is the column of longer, varied text and Ref the one of short codes, whatever their headers', () => {
    const headers = ['Indicator', 'Description', 'Target', 'Actual'];
    const rows = fill(4, (i) => [`ASCOF 1C A${i}`, `Proportion of service users in receipt of self-directed support (${i})`, 0.85, 0.9]);
    expect(mapped(proposeMapping(snapshotOf(headers, rows)).mapping, headers)).toMatchObject({ ref: 'Indicator', measure: 'Description' });
  });

  it('a "Ref" column of long text beside a "Measure" column of codes: the headers are the wrong way round', () => {
    const headers = ['Ref', 'Measure', 'Target', 'Actual'];
    const rows = fill(4, (i) => [`Number of households in temporary accommodation, snapshot ${i}`, `HOU ${i}`, 100, 90]);
    expect(mapped(proposeMapping(snapshotOf(headers, rows)).mapping, headers)).toMatchObject({ ref: 'Measure', measure: 'Ref' });
  });
});

describe('two-row headers: roles over periods, a blank or merged top cell carrying its role across', () => {
  const top = ['Ref', 'Measure', 'Actual', '', 'Latest', 'Target', ''];
  const periods = ['', '', '2018/19', '2019/20', '2020/21', '2020/21', '2021/22'];
  const expected = { ref: 'Ref', measure: 'Measure', previous: '2019/20', actual: '2020/21', target: '2020/21' };

  it('above an Excel table: the row above its header row', () => {
    const headers = ['Ref', 'Measure', '2018/19', '2019/20', '2020/21', '2020/212', '2021/22'];
    const rows = fill(7, () => ['ASC1', 'Adults supported at home', 10, 11, 12, 13, 14]);
    const proposal = proposeMapping(snapshotOf(headers, rows, top));
    expect(proposal.mapping).toMatchObject({ ref: 0, measure: 1, previous: 3, actual: 4, target: 5 });
    expect(proposal.period).toBe('2020/21');
  });

  it('in a plain range: the top row is the header row and the periods are its first body row', () => {
    const rows: CellValue[][] = [periods, ...fill(7, () => ['ASC1', 'Adults supported at home', 10, 11, 12, 13, 14])];
    const proposal = proposeMapping(snapshotOf(top, rows));
    const byColumn = Object.fromEntries(Object.entries(proposal.mapping).filter(([, c]) => c !== null).map(([role, c]) => [role, periods[c!] || top[c!]]));
    expect(byColumn).toEqual(expected);
  });

  it('a title above an ordinary header row is not a row of roles', () => {
    const headers = ['Ref', 'Measure', 'Target', 'Actual'];
    const proposal = proposeMapping(snapshotOf(headers, fill(4, () => ['A1', 'Visits', 5, 6]), ['Performance indicators, Q3', '', '', '']));
    expect(mapped(proposal.mapping, headers)).toEqual({ ref: 'Ref', measure: 'Measure', target: 'Target', actual: 'Actual' });
  });
});

describe('the shared fixtures’ headers, as their CSVs write them', () => {
  const cases: [string, Partial<Record<ColumnRole, string>>][] = [
    ['fixtures/bedford-2020-21.csv', { ref: 'ref', measure: 'description', polarity: 'polarity', actual: 'outturn_2020_21', target: 'target_2021_22' }],
    ['fixtures/leicestershire-2020-21.csv', { ref: 'ref', measure: 'measure', polarity: 'aim', target: 'target', actual: 'actual', previous: 'previous' }],
  ];
  it.each(cases)('%s', (file, expected) => {
    const path = sharedPath(file);
    if (path === null) {
      console.warn(`Skipped: ../shared/${file} is not present.`);
      return;
    }
    const records = parseCsv(fs.readFileSync(path, 'utf8'));
    const headers = Object.keys(records[0]);
    const rows = records.map((record) => headers.map((header) => record[header]));
    expect(mapped(proposeMapping(snapshotOf(headers, rows)).mapping, headers)).toEqual(expected);
  });
});

describe('headers that start with a role word but name something else are not read as figures or targets', () => {
  it.each([
    'Last updated', 'Performance lead', 'Data source', 'Current status', 'Latest update', 'Value type',
    'Target met?', 'Target setting rationale', 'Target date', 'Measure owner',
  ])('%s is no role', (header) => {
    expect(readHeader(header)).toMatchObject({ role: null, period: null });
  });

  it('"Year to date" is still a figure, and a comment column whatever its first word is kept', () => {
    expect(readHeader('Year to date').role).toBe('actual');
    expect(readHeader('Performance commentary').role).toBe('commentary');
  });

  it.each(['Performance lead', 'Data source', 'Current status', 'Latest update', 'Value type'])(
    'a "%s" column before the real Actual: Actual is the Actual',
    (other) => {
      const headers = ['Ref', 'Indicator', other, 'Polarity', 'Target', 'Actual'];
      const proposal = proposeMapping(snapshotOf(headers, fill(6, (i) => [`A${i}`, 'Households in temporary accommodation', 'J. Smith', 'Low', 100, 90])));
      expect(mapped(proposal.mapping, headers)).toEqual({ ref: 'Ref', measure: 'Indicator', polarity: 'Polarity', target: 'Target', actual: 'Actual' });
    },
  );

  it.each([
    [['Ref', 'Measure', 'Polarity', 'Target met?', 'Target', 'Actual'], 'Target'],
    [['Ref', 'Measure', 'Polarity', 'Target setting rationale', 'Target', 'Actual'], 'Target'],
    [['Ref', 'Measure', 'Polarity', '2023/24 Outturn', '2023/24 Target', 'Target met?'], '2023/24 Target'],
  ])('%j: the target is %s', (headers, target) => {
    const rows = fill(6, (i) => [`R${i}`, 'Reviews completed on time', 'High', headers[3] === 'Target met?' ? 'Yes' : 0.9, 0.9, 0.95]);
    expect(mapped(proposeMapping(snapshotOf(headers, rows)).mapping, headers).target).toBe(target);
  });

  it('a header that is the role word alone beats a longer phrase for the same role, wherever it stands', () => {
    const headers = ['Ref', 'Measure', 'Current performance', 'Target', 'Actual', 'Previous performance', 'Previous'];
    expect(mapped(guessMapping(headers), headers)).toMatchObject({ actual: 'Actual', previous: 'Previous' });
  });
});

describe('a column whose body is dates or words is not proposed for the measure’s figures', () => {
  /** Excel holds a date as its serial number, 4 November 2024 as 45600: a figure to anything that ignores the format. */
  const UPDATED = 45600;
  function withFormats(headers: string[], rows: CellValue[][], formats: Record<number, string>) {
    const table = snapshotOf(headers, rows);
    table.numberFormats = rows.map((row) => row.map((_, c) => formats[c] ?? 'General'));
    return table;
  }

  it('"Last updated", a column of dates, is not the previous period: no direction of travel against a date serial', () => {
    const headers = ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', 'Last updated'];
    const rows = fill(6, (i) => [`A${i}`, 'Homes built', 'High', 1000, 950, UPDATED]);
    const proposal = proposeMapping(withFormats(headers, rows, { 5: 'dd/mm/yyyy' }));
    expect(proposal.mapping.previous).toBeNull();
    const rated = buildMeasureRows(withFormats(headers, rows, { 5: 'dd/mm/yyyy' }), proposal.mapping, DEFAULTS);
    expect(rated.map((row) => row.status)).toEqual(rated.map(() => expect.objectContaining({ kind: 'rated', direction: null })));
  });

  it('a column headed "Previous" holding dates is not Previous; one holding figures is', () => {
    const headers = ['Measure', 'Target', 'Actual', 'Previous'];
    const rows = fill(4, () => ['Homes built', 1000, 950, UPDATED]);
    expect(proposeMapping(withFormats(headers, rows, { 3: 'd-mmm-yy' })).mapping.previous).toBeNull();
    expect(proposeMapping(withFormats(headers, rows, { 3: '#,##0' })).mapping.previous).toBe(3);
  });

  it('a "Latest position" column of names is not the Actual; an "Actual" column still awaiting data is', () => {
    const names = ['Measure', 'Target', 'Latest position'];
    expect(proposeMapping(snapshotOf(names, fill(3, () => ['Homes built', 1000, 'J. Smith']))).mapping.actual).toBeNull();
    const awaited = ['Measure', 'Target', 'Actual'];
    expect(proposeMapping(snapshotOf(awaited, fill(3, () => ['Homes built', 1000, 'AD']))).mapping.actual).toBe(2);
  });
});

describe('a dated column that is some other figure for the period is not the measure’s own', () => {
  it.each([
    'Q4 2024/25 Projected', '2025/26 Forecast', 'Forecast outturn 2024/25', 'Q3 2024/25 Numerator', 'Q3 2024/25 Denominator',
    'England 2023/24', 'Statistical neighbours 2023/24', '2024/25 England average', 'Q3 2024/25 Benchmark', 'Regional 2023/24',
    '2023/24 National', 'Comparator 2023/24', 'Projection 2024/25', '2024/25 Estimate',
  ])('%s is no figure column', (header) => {
    expect(readHeader(header)).toMatchObject({ role: null, period: null });
  });

  it('a qualifier leaves a dated column the measure’s figure; a repeated header’s digit is no word', () => {
    expect(readHeader('Q3 2024/25 (provisional)')).toMatchObject({ role: null, period: { fiscalYear: 2024, quarter: 3 } });
    expect(readHeader('2020/212')).toMatchObject({ role: null, period: { fiscalYear: 2020 } });
  });

  it('a footnote or a polarity phrase in a header leaves its role: "Target (see note 2)" is the target, "Q3 actual (lower is better)" the actual', () => {
    expect(readHeader('Target (see note 2)')).toMatchObject({ role: 'target' });
    expect(readHeader('Actual (see notes)')).toMatchObject({ role: 'actual' });
    expect(readHeader('Q3 actual (lower is better)')).toMatchObject({ role: 'actual', period: { quarter: 3 } });
    expect(readHeader('Officer notes')).toMatchObject({ role: 'commentary' });
    expect(guessMapping(['Ref', 'Measure', 'Target (see note 2)', 'Actual', 'Notes'])).toMatchObject({ target: 2, actual: 3 });
  });

  it.each([
    ['2023/24 Position', { fiscalYear: 2023 }], ['Q3 Count', { quarter: 3 }], ['2023/24 Rate per 100,000', { fiscalYear: 2023 }],
    ['Q2 2024/25 Achieved', { fiscalYear: 2024, quarter: 2 }], ['2023/24 Out-turn', { fiscalYear: 2023 }], ['Q1 Percentage', { quarter: 1 }],
    ['2023/24 Total', { fiscalYear: 2023 }], ['2023/24 Score', { fiscalYear: 2023 }], ['Q2 Qtr', { quarter: 2 }],
    // "Number" alone is a reference column; beside a period it is the period's figure.
    ['2023/24 Number', { fiscalYear: 2023 }], ['2023/24 No.', { fiscalYear: 2023 }],
  ])('%s, a word for the figure itself, is the measure’s figure for the period', (header, period) => {
    expect(readHeader(header)).toMatchObject({ role: null, period });
  });

  it.each([
    [['Actual Q2 2024/25', 'Actual Q3 2024/25', 'Q4 2024/25 Projected', 'Target 2024/25'], 'Actual Q3 2024/25', 'Actual Q2 2024/25'],
    [['2023/24 Actual', '2024/25 Actual', '2025/26 Forecast', '2024/25 Target'], '2024/25 Actual', '2023/24 Actual'],
    [['Q3 2024/25 Numerator', 'Q3 2024/25 Denominator', 'Q3 2024/25', 'Q3 2024/25 Target'], 'Q3 2024/25', null],
    [['2023/24', '2024/25 England average', '2024/25', '2024/25 Target'], '2024/25', '2023/24'],
  ])('%j: the latest actual is %s, the previous %s', (periods, actual, previous) => {
    const headers = ['Ref', 'Measure', 'Polarity', ...periods];
    const proposal = proposeMapping(snapshotOf(headers, fill(7, (i) => [`X${i}`, 'Adults supported at home', 'High', 10, 20, 30, 40])));
    const headerOf = (column: number | null) => (column === null ? null : headers[column]);
    expect([headerOf(proposal.mapping.actual), headerOf(proposal.mapping.previous)]).toEqual([actual, previous]);
    expect(proposal.periods.map((period) => headers[period.column])).not.toContainEqual(expect.stringMatching(/Projected|Forecast|Numerator|Denominator|England/));
  });
});

describe('quarters written as their months under a financial year are that year’s Q1 to Q4', () => {
  it.each([['Apr-Jun', 1], ['Jul - Sep', 2], ['Oct to Dec', 3], ['Jan-Mar', 4], ['April-June', 1]])('%s is Q%d', (header, quarter) => {
    expect(combineHeaderRows(['2024/25'], [header])[0]).toMatchObject({ role: null, period: { fiscalYear: 2024, quarter, month: null } });
  });

  it('months that are no quarter (May-Jul) are not read as one', () => {
    expect(combineHeaderRows(['2024/25'], ['May-Jul'])[0].period).toBeNull();
  });

  it('in a plain range, the year above the first: the latest quarter with figures is rated, the period row is no measure', () => {
    const top = ['Ref', 'Measure', 'Polarity', 'Target', '2024/25', '', '', ''];
    const quarters = ['', '', '', '', 'Apr-Jun', 'Jul-Sep', 'Oct-Dec', 'Jan-Mar'];
    const table = snapshotOf(top, [quarters, ...fill(8, (i) => [`E${i}`, 'Calls answered within 20 seconds', 'High', 0.8, 0.78, 0.82, 0.7, null])]);
    const proposal = proposeMapping(table);
    expect(proposal.mapping).toMatchObject({ target: 3, actual: 6, previous: 5 });
    expect(proposal.periods.map((period) => period.label)).toEqual(['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25']);
    expect(buildMeasureRows(table, proposal.mapping, DEFAULTS)[0].status.kind).toBe('skipped');
  });

  it('above an Excel table, the same', () => {
    const headers = ['Ref', 'Measure', 'Polarity', 'Target', 'Apr-Jun', 'Jul-Sep', 'Oct-Dec', 'Jan-Mar'];
    const proposal = proposeMapping(snapshotOf(headers, fill(8, () => ['E1', 'Missed bins', 'Low', 50, 48, 52, 60, null]), ['', '', '', '', '2024/25', '', '', '']));
    expect(proposal.mapping).toMatchObject({ actual: 6, previous: 5 });
    expect(proposal.period).toBe('Q3 2024/25');
  });
});
