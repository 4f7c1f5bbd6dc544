import { collapsedColumns, displayText, dropdownAt, wordStyleAt } from '../../src/demo/cell-display';
import { type SheetSnapshot } from '../../src/excel/memory-host';
import { RAG_PALETTE } from '../../src/plan/rag-palette';

const cell = (value: string | number | boolean | null, numberFormat = 'General') => ({ value, formula: null, numberFormat });

describe('the demo grid shows cells as Excel would', () => {
  it('numbers through their number format', () => {
    expect(displayText(cell(0.54, '0.0%'))).toBe('54.0%');
    expect(displayText(cell(0.206, '0%'))).toBe('21%');
    expect(displayText(cell(1156, '#,##0'))).toBe('1,156');
    expect(displayText(cell(902.7049, '0.0'))).toBe('902.7');
    expect(displayText(cell(0.1 + 0.2))).toBe('0.3'); // General: no binary noise
    expect(displayText(cell(true))).toBe('TRUE');
    expect(displayText(cell(null, '0%'))).toBe('');
    expect(displayText(cell('84.5k', '0%'))).toBe('84.5k');
  });

  const sheet: SheetSnapshot = {
    name: 'KPIs',
    cells: [[cell('RAG'), cell('Aim')], [cell('green'), cell('H')], [cell('Purple'), cell('L')], [cell('Red'), cell('H')]],
    wordFormats: [{ column: 0, firstRow: 1, rowCount: 2, styles: [...RAG_PALETTE] }],
    validations: [{ column: 1, firstRow: 1, rowCount: 3, words: ['High', 'Low'] }],
    groups: [{ firstColumn: 3, lastColumn: 5 }],
    chart: null,
  };

  it('colours a cell by the word format it equals, ignoring case, only inside the rule’s rows', () => {
    expect(wordStyleAt(sheet, 1, 0)).toEqual(RAG_PALETTE.find((s) => s.word === 'Green'));
    expect(wordStyleAt(sheet, 2, 0)).toBeUndefined(); // no rule for the word
    expect(wordStyleAt(sheet, 3, 0)).toBeUndefined(); // below the rule's rows
    expect(wordStyleAt(sheet, 1, 1)).toBeUndefined(); // another column
  });

  it('knows which cells have a dropdown and which columns are collapsed', () => {
    expect(dropdownAt(sheet, 2, 1)).toEqual(['High', 'Low']);
    expect(dropdownAt(sheet, 0, 1)).toBeNull();
    expect([...collapsedColumns(sheet)]).toEqual([3, 4, 5]);
  });
});
