/**
 * The two columns the "Over time" step adds beside a table: each measure's variation and
 * assurance as words, written as values (a formula could not reach the add-in for readers
 * without it), headed with the date they are as at, and coloured by MDC's palette with
 * "cell value equals" rules. The measures the step cannot rate are listed with the reason.
 */
import { type ColumnWrite, type WordFormatWrite } from '../excel/workbook-host';
import { DEFAULT_OVER_TIME, type MeasureOverTime, type OverTimeSettings, judgeOverTime, overTimeWords } from './over-time';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from './spc-palette';
import { asAtText } from './xmr-chart-data';

export interface OverTimeColumns {
  columns: ColumnWrite[];
  wordFormats: WordFormatWrite[];
  /** Body rows (0-based) whose measure is Not rated, with the reason, for the pane to list. */
  notRated: { row: number; name: string; reason: string }[];
}

/** The variation column at `firstColumn` and the assurance column after it, one cell per measure. */
export function planOverTimeColumns(
  measures: readonly MeasureOverTime[],
  firstColumn: number,
  asAt: Date,
  settings: OverTimeSettings = DEFAULT_OVER_TIME,
): OverTimeColumns {
  const words: [string, string][] = [];
  const notRated: OverTimeColumns['notRated'] = [];
  measures.forEach((measure, row) => {
    const judgement = judgeOverTime(measure, settings);
    if (!judgement.rated) notRated.push({ row, name: measure.name, reason: judgement.reason });
    words.push(overTimeWords(judgement));
  });
  const column = (offset: 0 | 1, header: string): ColumnWrite => ({
    column: firstColumn + offset,
    header: `${header} as at ${asAtText(asAt)}`,
    isNew: true,
    cells: words.map((pair) => ({ value: pair[offset] })),
    numberFormat: null,
  });
  return {
    columns: [column(0, 'Variation'), column(1, 'Assurance')],
    wordFormats: [
      { column: firstColumn, styles: [...VARIATION_PALETTE] },
      { column: firstColumn + 1, styles: [...ASSURANCE_PALETTE] },
    ],
    notRated,
  };
}
