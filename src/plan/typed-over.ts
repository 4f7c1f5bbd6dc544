/**
 * Cells of the add-in's own word columns (RAG, DoT, long-term DoT, Over time's variation and assurance) that hold what it never
 * writes there: a colleague has typed over a rating ("Amber - see note", or a hand-picked
 * "Amber" over a Portable formula). Apply again would write over them and Remove would
 * delete them, so both ask first and name them.
 *
 * What the add-in writes, by the mode of the Apply that wrote the column:
 * - Live and Portable: a formula in every rated row; as values only "Not rated" or "Check",
 *   and in Portable the words of a row its "Fixed at Apply" cell marks (RAG, DoT);
 * - Values: only its words.
 * Any formula in a formula mode counts as the add-in's: the add-in cannot tell a colleague's
 * formula from its own without keeping a copy of every cell.
 */
import { DIRECTIONS } from '../kpi/direction';
import { isBlank } from '../kpi/cell';
import { RAG_RESULTS } from '../kpi/rating';
import { cellAddress } from '../excel/a1';
import { type TableSnapshot } from '../excel/workbook-host';
import { LISTED_WORDS } from './row-status';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from './spc-palette';
import { type AddedColumn, type KpiSettings } from './settings';
import { cellAt } from './table-model';

type WordKind = 'rag' | 'direction' | 'longDirection' | 'variation' | 'assurance';

const WORDS: Record<WordKind, readonly string[]> = {
  rag: [...RAG_RESULTS, ...Object.values(LISTED_WORDS)],
  direction: DIRECTIONS,
  longDirection: DIRECTIONS,
  variation: VARIATION_PALETTE.map((style) => style.word),
  assurance: ASSURANCE_PALETTE.map((style) => style.word),
};

/** The Over time step writes its words as values in every mode: any of them is its own. */
const ALWAYS_VALUES: ReadonlySet<WordKind> = new Set(['variation', 'assurance']);

/** The part of the "Fixed at Apply" mark that says a column's word in that row is a fixed value. */
const FIXED_MARK: Record<WordKind, string | null> = { rag: 'RAG', direction: 'DoT', longDirection: null, variation: null, assurance: null };

const isWordKind = (kind: string): kind is WordKind => kind in WORDS;

/**
 * Is `value`, with no formula, one the add-in could have written in this column and row?
 * `fixedMark` is the row's "Fixed at Apply" cell, or null when that column is gone (Apply
 * takes it away when leaving Portable, before it writes): a Portable word is then its own.
 */
function writtenByAddIn(value: string, kind: WordKind, settings: KpiSettings, fixedMark: string | null): boolean {
  if (!WORDS[kind].includes(value)) return false;
  if (settings.mode === 'values' || ALWAYS_VALUES.has(kind)) return true;
  if (kind === 'rag' && (Object.values(LISTED_WORDS) as string[]).includes(value)) return true;
  if (settings.mode === 'live') return false;
  const mark = FIXED_MARK[kind];
  // The long-term DoT's fixed rows are listed in the pane but not marked in the sheet.
  return mark === null || fixedMark === null || fixedMark.split(', ').includes(mark);
}

/** A body cell at an absolute column, as table-model reads it, and whether it holds a formula (right of the table, its text is read). */
function cellOf(table: TableSnapshot, row: number, column: number): { text: string; formula: boolean } {
  const inTable = column - table.location.firstColumn;
  const value = cellAt(table, row, inTable);
  const text = isBlank(value) ? '' : String(value);
  const formula = inTable < table.location.columnCount ? table.formulas[row]?.[inTable] != null : text.startsWith('=');
  return { text: text.trim(), formula };
}

/**
 * The cells (sheet addresses) of `owned` word columns that hold something the add-in did
 * not write, in the rows `rows` names (all when omitted).
 */
export function typedOverCells(table: TableSnapshot, settings: KpiSettings, owned: readonly AddedColumn[], rows?: (column: number, row: number) => boolean): string[] {
  const { headerRow, sheet } = table.location;
  const fixedColumn = owned.find((added) => added.kind === 'fixedAtApply');
  const found: string[] = [];
  for (const added of owned) {
    if (!isWordKind(added.kind)) continue;
    const kind = added.kind;
    table.values.forEach((_, row) => {
      const { text, formula } = cellOf(table, row, added.column);
      if (text === '' || formula || (rows && !rows(added.column, row))) return;
      const fixedMark = fixedColumn ? cellOf(table, row, fixedColumn.column).text : null;
      if (!writtenByAddIn(text, kind, settings, fixedMark)) found.push(`${sheet}!${cellAddress(headerRow + 1 + row, added.column)}`);
    });
  }
  return found;
}
