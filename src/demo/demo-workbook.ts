/**
 * The demo page's sample workbook: two councils' KPI tables laid out as each keeps them,
 * a quarterly scorecard and a monthly report. Leicestershire's dashboard is an Excel table with a
 * previous-year column (so Apply also writes a direction of travel); Bedford's indicators
 * are a plain block under a title, with their own header words (Description, Polarity,
 * Outturn 2020/21, Target 2021/22), which the pane maps by itself; the scorecard has a
 * column per quarter, so the pane rates the latest and writes both directions of travel;
 * the monthly report has 24 months per measure, for the "Over time" step and its XmR charts.
 */
import { sheetAddress } from '../excel/a1';
import { type MemoryWorkbookSeed } from '../excel/memory-host';
import { BEDFORD_2020_21 } from './data/bedford-2020-21';
import { LEICESTERSHIRE_2020_21 } from './data/leicestershire-2020-21';
import { MONTHLY_2023_25, MONTHLY_HEADERS } from './data/monthly-2023-25';
import { QUARTERLY_2024_25, QUARTERLY_HEADERS } from './data/quarterly-2024-25';
import { seedCells, seedTableCells, seedTypedCells } from './seed-tables';

export const DEMO_SHEETS = { leicestershire: 'Leicestershire', bedford: 'Bedford', quarterly: 'Quarterly', monthly: 'Monthly' } as const;

/** The scorecard as typed into a sheet, a row per measure in its columns' order. */
export function quarterlyCells() {
  return seedTypedCells(
    QUARTERLY_HEADERS,
    QUARTERLY_2024_25.map((r) => [r.ref, r.indicator, r.goodIs, r.lastYearQ3, r.q1, r.q2, r.q3, r.q3Target, r.yearEndTarget, r.tolerance, r.commentary]),
  );
}

/** The monthly report as typed into a sheet: a row per measure, then its 24 months. */
export function monthlyCells() {
  return seedTypedCells(MONTHLY_HEADERS, MONTHLY_2023_25.map((r) => [r.ref, r.measure, r.goodIs, r.target, ...r.months]));
}

const BEDFORD_HEADERS = ['Ref', 'Description', 'Polarity', 'Outturn 2020/21', 'Target 2021/22'];

export function demoWorkbook(): MemoryWorkbookSeed {
  const leicestershire = seedTableCells(LEICESTERSHIRE_2020_21);
  const bedford = seedCells(
    BEDFORD_HEADERS,
    BEDFORD_2020_21.map((row) => [row.ref, row.description, row.polarity, row.outturn, row.target]),
  );
  return {
    sheets: [
      { name: DEMO_SHEETS.leicestershire, cells: leicestershire },
      { name: DEMO_SHEETS.bedford, cells: [['Adult services indicators, Bedford Borough Council'], [], ...bedford], at: 'B2' },
      { name: DEMO_SHEETS.quarterly, cells: quarterlyCells() },
      { name: DEMO_SHEETS.monthly, cells: monthlyCells() },
    ],
    tables: [{ name: 'Dashboard', sheet: DEMO_SHEETS.leicestershire, range: `A1:F${leicestershire.length}` }],
    selection: sheetAddress(DEMO_SHEETS.leicestershire, 'B2'),
  };
}
