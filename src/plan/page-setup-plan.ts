/**
 * How Apply sets the table's sheet up for printing, so that the PDF a committee reads pairs
 * every rating with its measure: landscape, fitted to one page wide, the header row repeated
 * on every page, the measure column too where the table is too wide to read on one page,
 * the word columns wide enough for their longest word ("Deteriorated" is never cut), and
 * the measure column wide enough to read, wrapping names longer than that.
 */
import { type PageSetupWrite, type WorkbookChanges } from '../excel/workbook-host';
import { LISTED_WORDS } from './row-status';

/** More columns than this do not read on one landscape page: the measure column repeats on each page across. */
export const WIDE_TABLE_COLUMNS = 12;
/** A measure column wider than this wraps its names instead: the ratings stay on the page. */
export const MEASURE_CHARACTERS = 45;
/** Room beside the longest word: the cell's padding and a filter button in the header. */
const PADDING_CHARACTERS = 3;

/** The widest text a word column can show: any of its words, a listed row's word, or its header. */
function longestIn(words: readonly string[]): number {
  return Math.max(...words.map((word) => word.length));
}

/** `measureColumn` is the mapped measure column, from the table's first column, or null. */
export function planPageSetup(changes: WorkbookChanges, measureColumn: number | null): PageSetupWrite {
  const { location } = changes;
  const lastColumn = Math.max(location.firstColumn + location.columnCount - 1, ...changes.columns.map((write) => write.column));
  // Collapsed groups (the helpers) do not print, so they do not make the table wide.
  const collapsed = changes.groups.reduce((sum, group) => sum + group.lastColumn - group.firstColumn + 1, 0);
  const wide = lastColumn - location.firstColumn + 1 - collapsed > WIDE_TABLE_COLUMNS;
  // A row of roles above the header row (two-row headers) repeats with it.
  const firstTitleRow = changes.basis?.headerAbove !== undefined ? location.headerRow - 1 : location.headerRow;
  const measure = measureColumn === null ? null : location.firstColumn + measureColumn;
  const columnWidths = changes.wordFormats.map((format) => {
    const header = changes.columns.find((write) => write.column === format.column)?.header ?? '';
    const words = [...format.styles.map((style) => style.word), ...Object.values(LISTED_WORDS), header];
    return { column: format.column, characters: longestIn(words) + PADDING_CHARACTERS };
  });
  const names = measureColumn === null ? [] : (changes.basis?.values ?? []).map((row) => String(row[measureColumn] ?? ''));
  if (measure !== null) columnWidths.push({ column: measure, characters: Math.min(MEASURE_CHARACTERS, longestIn(['', ...names]) + PADDING_CHARACTERS) });
  return {
    titleRows: { first: firstTitleRow, last: location.headerRow },
    titleColumns: wide && measure !== null ? { first: measure, last: measure } : null,
    orientation: 'landscape',
    fitToPagesWide: 1,
    columnWidths,
    wrapColumns: measure === null ? [] : [measure],
  };
}
