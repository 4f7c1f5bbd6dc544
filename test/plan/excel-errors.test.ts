/**
 * A cell showing an Excel error reaches the pane as its code in text ("#N/A"). Read as a
 * word it passes for another ("#N/A" is the polarity N/A), so the rule's inputs (polarity,
 * target, tolerances) refuse it and its row is Check, naming the error; the custom functions
 * say the same. An error actual is No data, as the portable formulas have always shown it.
 */
import { type CellValue } from '../../src/kpi/cell';
import { rag } from '../../src/functions/functions';
import { DEFAULTS, buildMeasureRows, proposeMapping } from '../../src/plan/table-model';
import { ExcelError, withCustomFunctionsRuntime } from '../support/custom-functions';
import { snapshotOf } from './table-snapshots';

withCustomFunctionsRuntime();

const HEADERS = ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Previous', 'Amber tolerance'];

function statusOf(row: CellValue[]) {
  const table = snapshotOf(HEADERS, [row]);
  return buildMeasureRows(table, proposeMapping(table).mapping, DEFAULTS)[0].status;
}

describe('an Excel error in an input cell makes its row Check, naming the error', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'])(
    'a polarity of %s is not a polarity word',
    (code) => {
      expect(statusOf(['E4', 'Homes built', code, 60, 50, 40, ''])).toEqual({ kind: 'error', message: expect.stringContaining(`The polarity cell holds the Excel error ${code}:`) });
    },
  );

  it.each([
    ['target', ['E1', 'Homes built', 'High', '#N/A', 50, 40, '']],
    ['amber tolerance', ['E7', 'Homes built', 'High', 60, 50, 40, '#VALUE!']],
  ])('so does one in the %s cell', (what, row) => {
    expect(statusOf(row)).toEqual({ kind: 'error', message: expect.stringMatching(new RegExp(`the ${what} cell holds the Excel error #`, 'i')) });
  });

  it('an error actual stays No data, as the portable formulas show a lookup that found nothing', () => {
    expect(statusOf(['E6', 'Homes built', 'High', 60, '#N/A', 40, ''])).toMatchObject({ kind: 'rated', rag: 'No data' });
  });

  it('the words beside an error still read as before: N/A is Context, so its row is rated N/A', () => {
    expect(statusOf(['C1', 'Library visits', 'N/A', 60, 50, 40, ''])).toMatchObject({ kind: 'rated', rag: 'N/A', direction: 'Increased' });
  });

  it('KPI.RAG gives #VALUE! with the same message for an error written as text', () => {
    const [[result]] = rag([[50]], [[60]], [['#N/A']]);
    expect(result).toBeInstanceOf(ExcelError);
    expect((result as ExcelError).message).toMatch(/polarity cell holds the Excel error #N\/A/);
  });
});
