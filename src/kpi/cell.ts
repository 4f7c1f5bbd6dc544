/**
 * What one spreadsheet cell can hold once it reaches the engine: a number, text, a
 * logical, or nothing (an empty cell, which Excel passes as null).
 */
export type CellValue = number | string | boolean | null | undefined;

export function isBlank(cell: CellValue): cell is null | undefined | '' {
  return cell == null || (typeof cell === 'string' && cell.trim() === '');
}
