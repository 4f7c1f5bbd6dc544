import { summariseRatings } from '../../src/kpi/summary';
import { type SummaryCell } from '../../src/excel/workbook-host';
import { freeSheetName, locationHolding, planSummary, ragColumnOf, ratedPeriod, summaryCategories } from '../../src/plan/summary-plan';
import { guessMapping } from '../../src/plan/table-model';
import { snapshotOf } from './table-snapshots';
import { MATRIX_COLUMNS, MATRIX_ROWS } from '../../src/plan/spc-summary';
import { OVER_TIME, OVER_TIME_WORDS, expectedMatrix } from '../support/over-time-words';

describe('the summary the pane shows', () => {
  it('shares are of the rated measures; Green & Amber is their sum; N/A and No data are counted with no share', () => {
    const summary = summariseRatings(['Green', 'Green', 'Green', 'Red', 'N/A', 'No data', 'No data']);
    expect(summaryCategories(summary).map((c) => [c.label, c.count, c.share])).toEqual([
      ['Green', 3, 0.75],
      ['Amber', 0, 0],
      ['Red', 1, 0.25],
      ['Green & Amber', 3, 0.75],
      ['N/A', 1, null],
      ['No data', 2, null],
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

const RAG_WORDS = ['Green', 'green', 'Amber', 'Red', 'Red', 'Red', 'N/A', 'No data', 'Not rated'];
/** A table on a sheet whose name needs quotes, with the add-in's RAG column (E) inside it. */
function appliedTable() {
  const table = snapshotOf(['Measure', 'Target', 'Actual', 'Polarity', 'RAG'], RAG_WORDS.map((word, i) => [`M${i}`, 1, 1, 'High', word]));
  return { ...table, location: { ...table.location, sheet: "Q3 Adults' KPIs", firstColumn: 1 } };
}
const inserted = new Date(Date.UTC(2026, 11, 1, 21, 0));
const shown = (cell: SummaryCell | null) => (cell === null ? null : 'formula' in cell ? cell.shows : cell.value);

describe('the summary sheet', () => {
  const write = planSummary({ table: appliedTable(), ragColumn: 5, period: 'Q3 2024/25', inserted, sheetName: 'KPI summary', settings: '{}' });

  it('is titled with the table, the period rated and the date it was inserted', () => {
    expect(shown(write.cells[0][0])).toBe("RAG summary of 'Q3 Adults'' KPIs'!B1:F10, Q3 2024/25");
    expect(shown(write.cells[1][0])).toBe("Inserted 1 December 2026. Counts the RAG words in 'Q3 Adults'' KPIs'!F2:F10, and recalculates with them.");
  });

  it('counts with COUNTIF over the RAG column, absolute, and shares of the rated as formulas, each showing what it counts now', () => {
    const range = "'Q3 Adults'' KPIs'!$F$2:$F$10";
    const rows = write.cells.slice(3).map((row) => row.map((cell) => (cell === null ? null : 'formula' in cell ? cell.formula : cell.value)));
    expect(rows).toEqual([
      ['Category', 'Count', 'Share of rated'],
      ['Green', `=COUNTIF(${range},"Green")`, '=IF(SUM($B$5:$B$7)=0,"",$B$5/SUM($B$5:$B$7))'],
      ['Amber', `=COUNTIF(${range},"Amber")`, '=IF(SUM($B$5:$B$7)=0,"",$B$6/SUM($B$5:$B$7))'],
      ['Red', `=COUNTIF(${range},"Red")`, '=IF(SUM($B$5:$B$7)=0,"",$B$7/SUM($B$5:$B$7))'],
      ['N/A', `=COUNTIF(${range},"N/A")`, null],
      ['No data', `=COUNTIF(${range},"No data")`, null],
      ['Green & Amber', '=$B$5+$B$6', '=IF(SUM($B$5:$B$7)=0,"",$B$10/SUM($B$5:$B$7))'],
    ]);
    // COUNTIF ignores case, so "green" counts as Green; "Not rated" is in no category.
    expect(write.cells.slice(4).map((row) => row.map(shown))).toEqual([
      ['Green', 2, 2 / 6],
      ['Amber', 1, 1 / 6],
      ['Red', 3, 3 / 6],
      ['N/A', 1, null],
      ['No data', 1, null],
      ['Green & Amber', 3, 3 / 6],
    ]);
    expect(write.cells[4][2]).toMatchObject({ numberFormat: '0%' });
  });

  it('charts the parts only: Green to No data, not the Green & Amber subtotal below them', () => {
    const { firstRow, rowCount } = write.chart;
    expect(write.cells.slice(firstRow, firstRow + rowCount).map((row) => shown(row[0]))).toEqual(['Green', 'Amber', 'Red', 'N/A', 'No data']);
  });

  it('with nothing rated the shares show empty, not 0% or an error', () => {
    const table = snapshotOf(['Measure', 'RAG'], [['M1', 'N/A']]);
    const empty = planSummary({ table, ragColumn: 1, period: null, inserted, sheetName: 'S', settings: '{}' });
    expect(shown(empty.cells[4][2])).toBe('');
    expect(shown(empty.cells[0][0])).toBe('RAG summary of KPIs!A1:B2');
  });

  it('names an Excel table by its name, and refuses a RAG column outside the table read', () => {
    const table = { ...appliedTable(), location: { ...appliedTable().location, tableName: 'AdultsQ3' } };
    expect(shown(planSummary({ table, ragColumn: 5, period: null, inserted, sheetName: 'S', settings: '{}' }).cells[0][0])).toBe('RAG summary of table AdultsQ3');
    expect(() => planSummary({ table, ragColumn: 6, period: null, inserted, sheetName: 'S', settings: '{}' })).toThrow('(column G) is no longer beside the table');
  });
});

describe('what the summary counts', () => {
  it('is offered only with a RAG column an Apply wrote, and reads the table wide enough to hold it', () => {
    expect(ragColumnOf(null)).toBeNull();
    const location = appliedTable().location;
    const settings = { addedColumns: [{ kind: 'direction', header: 'DoT', column: 9 }] } as never;
    expect(ragColumnOf(settings)).toBeNull();
    expect(ragColumnOf({ addedColumns: [{ kind: 'rag', header: 'RAG', column: 8 }] } as never)).toBe(8);
    expect(locationHolding(location, 8)).toEqual({ ...location, columnCount: 8 });
    expect(locationHolding(location, 3)).toEqual(location);
  });

  it('the period rated is the one the mapped Actual column holds', () => {
    const table = snapshotOf(['Measure', 'Polarity', 'Target 2023/24', 'Actual 2023/24', 'Target 2024/25', 'Actual 2024/25'], [['M1', 'High', 1, 2, 1, 2]]);
    const mapping = guessMapping(table.headers);
    expect(ratedPeriod(table, { ...mapping, actual: 3 })).toBe('2023/24');
    expect(ratedPeriod(table, { ...mapping, actual: 5 })).toBe('2024/25');
    expect(ratedPeriod(snapshotOf(['Measure', 'Actual'], [['M1', 1]]), { ...mapping, actual: 1 })).toBeNull();
  });
});

describe('the variation × assurance matrix beside the RAG table', () => {
  const write = () => planSummary({ table: appliedTable(), ragColumn: 5, period: null, inserted, sheetName: 'KPI summary', settings: '{}', overTime: OVER_TIME });

  it('sits right of the RAG table, from its header row: COUNTIFS over the word columns, each showing the count of its words', () => {
    const { cells } = write();
    const header = cells[3].slice(4).map((cell) => (cell && 'value' in cell ? cell.value : null));
    expect(header).toEqual(['Variation by assurance', ...MATRIX_COLUMNS, 'Total']);
    expect(cells[3].slice(0, 4).map((cell) => (cell && 'value' in cell ? cell.value : null))).toEqual(['Category', 'Count', 'Share of rated', null]);
    const numbers = cells.slice(4, 4 + MATRIX_ROWS.length + 1).map((row) => row.slice(5).map(shown));
    expect(numbers).toEqual(expectedMatrix());
    const first = cells[4][5];
    expect(first && 'formula' in first && first.formula).toBe(`=COUNTIFS(${OVER_TIME.variation},"Special cause improving*",${OVER_TIME.assurance},"Consistently passing")`);
    // The chart still plots the RAG parts only.
    expect(write().chart).toEqual({ title: 'Measures by RAG rating', firstRow: 4, rowCount: 5 });
  });

  it('counts every word: the row totals add up to all the words', () => {
    const matrix = expectedMatrix();
    expect(matrix.slice(0, -1).reduce((sum, row) => sum + row[row.length - 1], 0)).toBe(matrix[matrix.length - 1][MATRIX_COLUMNS.length]);
    expect(matrix[matrix.length - 1][MATRIX_COLUMNS.length]).toBe(OVER_TIME_WORDS.variation.filter((word) => word !== null).length);
  });
});
