import { summariseRatings } from '../../src/kpi/summary';
import { freeSheetName, summaryCategories, summarySheetRows } from '../../src/taskpane/summary-table';

describe('the summary table', () => {
  it('shares are of the rated measures; Green & Amber is their sum; N/A and No data are counted with no share', () => {
    const summary = summariseRatings(['Green', 'Green', 'Green', 'Red', 'N/A', 'No data', 'No data']);
    expect(summarySheetRows(summaryCategories(summary))).toEqual([
      ['Category', 'Count', 'Share'],
      ['Green', 3, 0.75],
      ['Amber', 0, 0],
      ['Red', 1, 0.25],
      ['Green & Amber', 3, 0.75],
      ['N/A', 1, ''],
      ['No data', 2, ''],
    ]);
  });

  it('with nothing rated there are no shares at all', () => {
    expect(summaryCategories(summariseRatings(['N/A'])).every((category) => category.share === null)).toBe(true);
  });
});

describe('naming the summary sheet', () => {
  it('takes "KPI summary", or the first free "KPI summary 2", 3…, comparing names as Excel does, without case', () => {
    expect(freeSheetName(['KPIs'])).toBe('KPI summary');
    expect(freeSheetName(['KPIs', 'kpi SUMMARY'])).toBe('KPI summary 2');
    expect(freeSheetName(['KPI summary', 'KPI summary 2'])).toBe('KPI summary 3');
  });
});
