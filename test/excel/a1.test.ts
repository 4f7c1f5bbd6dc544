import {
  cellAddress,
  columnIndex,
  columnLetters,
  columnsAddress,
  parseAddress,
  rangeAddress,
  SHEET_COLUMNS,
  sheetAddress,
} from '../../src/excel/a1';

describe('column letters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s, and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('every column of the sheet survives the round trip', () => {
    for (let column = 0; column < SHEET_COLUMNS; column++) expect(columnIndex(columnLetters(column))).toBe(column);
  });

  it('reads lower-case letters', () => {
    expect(columnIndex('xfd')).toBe(16383);
  });

  it.each(['', 'A1', 'XFE', 'ZZZZ', '$A'])('refuses %j, naming what columns must be', (letters) => {
    expect(() => columnIndex(letters)).toThrow(/column/);
  });
});

describe('A1 addresses', () => {
  it('a cell is column letters then the 1-based row', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(2, 1)).toBe('B3');
  });

  it('a block is its corners; a single cell is written without a colon, as Excel writes it', () => {
    expect(rangeAddress(1, 5, 3, 1)).toBe('F2:F4');
    expect(rangeAddress(0, 0, 4, 3)).toBe('A1:C4');
    expect(rangeAddress(4, 2, 1, 1)).toBe('C5');
  });

  it('refuses an empty block or one past the edge of the sheet', () => {
    expect(() => rangeAddress(0, 0, 0, 1)).toThrow(/at least one row/);
    expect(() => rangeAddress(0, 16383, 1, 2)).toThrow(/column/);
  });

  it('whole columns, as outline grouping takes them', () => {
    expect(columnsAddress(6, 7)).toBe('G:H');
    expect(columnsAddress(4, 4)).toBe('E:E');
    expect(() => columnsAddress(7, 6)).toThrow(/left of firstColumn/);
  });

  it('sheet names that are not plain words are quoted, with quotes doubled', () => {
    expect(sheetAddress('KPIs', 'A1')).toBe('KPIs!A1');
    expect(sheetAddress('Q1 KPIs', 'A1')).toBe("'Q1 KPIs'!A1");
    expect(sheetAddress("Council's", 'A1')).toBe("'Council''s'!A1");
    expect(sheetAddress('A1', 'B2')).toBe("'A1'!B2");
  });

  it('parses what it writes', () => {
    expect(parseAddress('F2:F4')).toEqual({ sheet: null, row: 1, column: 5, rowCount: 3, columnCount: 1 });
    expect(parseAddress("'Q1 KPIs'!$B$3")).toEqual({ sheet: 'Q1 KPIs', row: 2, column: 1, rowCount: 1, columnCount: 1 });
    expect(parseAddress('G:H')).toMatchObject({ row: 0, column: 6, columnCount: 2, rowCount: 1_048_576 });
    expect(() => parseAddress('R1C1')).toThrow(/not an A1 address/);
  });
});
