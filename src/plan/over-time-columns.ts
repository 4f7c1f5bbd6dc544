/**
 * The two columns the "Over time" step adds beside a table: each measure's variation and
 * assurance as words, written as values (a formula could not reach the add-in for readers
 * without it), headed with the date they are as at, and coloured by MDC's palette with
 * "cell value equals" rules. Each measure's words go on its row (in a long table, the row
 * of its latest period); every other row of the columns is cleared, so that a word left
 * from an earlier run is never counted twice.
 */
import { type ColumnWrite, type WordFormatWrite } from '../excel/workbook-host';
import { type OverTimeJudgement, overTimeWords } from './over-time';
import { type SeriesRow } from './series-row';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from './spc-palette';

export interface JudgedSeries {
  series: SeriesRow;
  judgement: OverTimeJudgement;
}

export interface OverTimeColumns {
  columns: ColumnWrite[];
  wordFormats: WordFormatWrite[];
  /** The measures that are Not rated, with the reason, for the pane to list; `assuranceOnly` when the variation is rated. */
  notRated: { row: number; name: string; reason: string; assuranceOnly: boolean }[];
}

/** Where each column goes and the header it gets. */
export interface WordColumnPlace {
  column: number;
  header: string;
}

/** The variation and assurance columns, one cell per body row of a table of `rowCount` rows. */
export function planOverTimeColumns(
  judged: readonly JudgedSeries[],
  rowCount: number,
  places: { variation: WordColumnPlace; assurance: WordColumnPlace },
): OverTimeColumns {
  const words = new Map(judged.map(({ series, judgement }) => [series.row, overTimeWords(judgement)]));
  const notRated = judged.flatMap(({ series, judgement }) => {
    const reason = judgement.rated ? judgement.assuranceReason : judgement.reason;
    return reason === null ? [] : [{ row: series.row, name: series.measure.name, reason, assuranceOnly: judgement.rated }];
  });
  const column = (offset: 0 | 1, place: WordColumnPlace): ColumnWrite => ({
    column: place.column,
    header: place.header,
    // Always new: a second run writes its own as-at date over the first one's header.
    isNew: true,
    cells: Array.from({ length: rowCount }, (_, row) => ({ value: words.get(row)?.[offset] ?? '' })),
    numberFormat: null,
  });
  return {
    columns: [column(0, places.variation), column(1, places.assurance)],
    wordFormats: [
      { column: places.variation.column, styles: [...VARIATION_PALETTE] },
      { column: places.assurance.column, styles: [...ASSURANCE_PALETTE] },
    ],
    notRated,
  };
}
