/**
 * Cell references inside formula text, found the way a spreadsheet reads them: outside
 * string literals, not a function name ("LOG10(" is a call, not cell LOG10), not on another
 * sheet. Hosts use it to turn one R1C1 formula into each row's A1 formula; the fake Excel
 * uses it to shift the references a formula holds when columns are inserted or deleted.
 */
import { columnIndex, columnLetters } from './a1';
import { type CellWrite } from './workbook-host';

/** One A1 reference: 0-based row and column, and which parts are absolute ($). */
export interface A1Reference {
  row: number;
  column: number;
  absoluteRow: boolean;
  absoluteColumn: boolean;
}

const A1_REF = /(^|[^A-Za-z0-9_.!$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/** Runs `f` on the parts of `formula` outside double-quoted strings, keeping the strings. */
function outsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

/**
 * `formula` with each A1 reference on the formula's own sheet replaced by `f(reference)`:
 * a reference, or null for one that no longer exists (written "#REF!").
 */
export function mapA1References(formula: string, f: (reference: A1Reference) => A1Reference | null): string {
  return outsideStrings(formula, (code) =>
    code.replace(A1_REF, (_match, before: string, dollarColumn: string, letters: string, dollarRow: string, digits: string) => {
      const mapped = f({ row: Number(digits) - 1, column: columnIndex(letters), absoluteRow: dollarRow === '$', absoluteColumn: dollarColumn === '$' });
      if (mapped === null) return `${before}#REF!`;
      return `${before}${mapped.absoluteColumn ? '$' : ''}${columnLetters(mapped.column)}${mapped.absoluteRow ? '$' : ''}${mapped.row + 1}`;
    }),
  );
}

const R1C1_REF = /(^|[^A-Za-z0-9_.!$'"\]])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(!])/g;

function r1c1Part(part: string | undefined, base: number): { index: number; absolute: boolean } {
  if (part === undefined) return { index: base, absolute: false };
  if (part.startsWith('[')) return { index: base + Number(part.slice(1, -1)), absolute: false };
  return { index: Number(part) - 1, absolute: true };
}

/**
 * The A1 formula a cell at (`row`, `column`) holds when given `formula` in R1C1 notation:
 * `R[1]C[-2]` is one row down and two columns left of the cell, `R2C3` is $C$2, `RC` the cell itself.
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(R1C1_REF, (_match, before: string, rowPart: string | undefined, columnPart: string | undefined) => {
      const r = r1c1Part(rowPart, row);
      const c = r1c1Part(columnPart, column);
      if (r.index < 0 || c.index < 0) return `${before}#REF!`;
      return `${before}${c.absolute ? '$' : ''}${columnLetters(c.index)}${r.absolute ? '$' : ''}${r.index + 1}`;
    }),
  );
}

/** The R1C1 formula of an A1 formula held by the cell at (`row`, `column`): the inverse of `r1c1ToA1`. */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(A1_REF, (_match, before: string, dollarColumn: string, letters: string, dollarRow: string, digits: string) => {
      const r = Number(digits) - 1;
      const c = columnIndex(letters);
      const rowText = dollarRow === '$' ? `R${r + 1}` : r === row ? 'R' : `R[${r - row}]`;
      const columnText = dollarColumn === '$' ? `C${c + 1}` : c === column ? 'C' : `C[${c - column}]`;
      return `${before}${rowText}${columnText}`;
    }),
  );
}

/** The A1 formula a cell write puts at (`row`, `column`) on the sheet, or null for a plain value. */
export function a1FormulaOf(write: CellWrite, row: number, column: number): string | null {
  if ('formula' in write) return write.formula;
  if ('formulaR1C1' in write) return r1c1ToA1(write.formulaR1C1, row, column);
  return null;
}
