/** A1 addresses from 0-based sheet coordinates: column 0 is A, 26 is AA; row 0 is Excel's row 1. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

function checkColumn(column: number): void {
  if (!Number.isInteger(column) || column < 0 || column >= SHEET_COLUMNS) {
    throw new RangeError(`column must be a whole number from 0 to ${SHEET_COLUMNS - 1} (A to XFD); got ${column}`);
  }
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= SHEET_ROWS) {
    throw new RangeError(`row must be a whole number from 0 to ${SHEET_ROWS - 1}; got ${row}`);
  }
}

/** The 0-based column of letters such as "A", "aa" or "XFD". */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) {
    throw new RangeError(`column letters must be one to three letters A-Z; got "${letters}"`);
  }
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  checkColumn(n - 1);
  return n - 1;
}

/** "B3:D7" for a block; a single cell is written as "B3", as Excel writes it. */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  if (!Number.isInteger(rowCount) || rowCount < 1 || !Number.isInteger(columnCount) || columnCount < 1) {
    throw new RangeError(`a range needs at least one row and one column; got ${rowCount} × ${columnCount}`);
  }
  for (const r of [row, row + rowCount - 1]) checkRow(r);
  for (const c of [column, column + columnCount - 1]) checkColumn(c);
  const first = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** Whole columns, e.g. "E:G" (or "E:E" for one), as outline grouping takes them. */
export function columnsAddress(firstColumn: number, lastColumn: number): string {
  checkColumn(firstColumn);
  checkColumn(lastColumn);
  if (lastColumn < firstColumn) {
    throw new RangeError(`lastColumn (${lastColumn}) must not be left of firstColumn (${firstColumn})`);
  }
  return `${columnLetters(firstColumn)}:${columnLetters(lastColumn)}`;
}

/** "KPIs!B3" or "'Q1 KPIs'!B3": sheet names that are not plain words are quoted, quotes doubled. */
export function sheetAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) && !/^[Rr][0-9]*[Cc][0-9]*$/.test(sheet);
  return plain ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** A block in 0-based coordinates. */
export interface GridBlock {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Reads "B3", "B3:D7" or "E:G" (whole columns), with or without a sheet prefix. */
export function parseAddress(address: string): GridBlock & { sheet: string | null } {
  const bang = address.lastIndexOf('!');
  let sheet: string | null = null;
  let local = address;
  if (bang >= 0) {
    const rawSheet = address.slice(0, bang);
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    local = address.slice(bang + 1);
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const first = columnIndex(columns[1]);
    const last = columnIndex(columns[2]);
    return { sheet, row: 0, column: Math.min(first, last), rowCount: SHEET_ROWS, columnCount: Math.abs(last - first) + 1 };
  }
  const cells = /^([A-Za-z]{1,3})([0-9]+)(?::([A-Za-z]{1,3})([0-9]+))?$/.exec(local.replace(/\$/g, ''));
  if (!cells) throw new RangeError(`not an A1 address: "${address}"`);
  const r1 = Number(cells[2]) - 1;
  const c1 = columnIndex(cells[1]);
  const r2 = cells[4] === undefined ? r1 : Number(cells[4]) - 1;
  const c2 = cells[3] === undefined ? c1 : columnIndex(cells[3]);
  checkRow(r1);
  checkRow(r2);
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}
