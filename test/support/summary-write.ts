/** A small summary sheet as the planner writes one, for the hosts' own tests: title, table of formulas, a subtotal row left out of the chart. */
import { type SummaryWrite } from '../../src/excel/workbook-host';

const share = (row: number, shows: number) => ({ formula: `=IF(SUM($B$4:$B$5)=0,"",$B$${row}/SUM($B$4:$B$5))`, shows, numberFormat: '0%' });

export const SUMMARY_WRITE: SummaryWrite = {
  sheetName: 'KPI summary',
  cells: [
    [{ value: 'RAG summary of KPIs!A1:F4, 2024/25', bold: true }],
    [],
    [
      { value: 'Category', bold: true },
      { value: 'Count', bold: true },
      { value: 'Share of rated', bold: true },
    ],
    [{ value: 'Green' }, { formula: '=COUNTIF(KPIs!$F$2:$F$4,"Green")', shows: 2 }, share(4, 2 / 3)],
    [{ value: 'Red' }, { formula: '=COUNTIF(KPIs!$F$2:$F$4,"Red")', shows: 1 }, share(5, 1 / 3)],
    [{ value: 'Green & Amber' }, { formula: '=$B$4', shows: 2 }, null],
  ],
  chart: { title: 'Measures by RAG rating', firstRow: 3, rowCount: 2 },
  settings: '{"version":1,"summarySheet":"KPI summary"}',
};
