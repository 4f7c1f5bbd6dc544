/**
 * What a row comes to, in one place for every kind of row: its RAG word in the palette's
 * colours, or the word for why it has none. A new kind of row status is added here.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { RAG_PALETTE } from '../../plan/rag-palette';
import { LISTED_WORDS, type MeasureRow } from '../../plan/table-model';
import { WordBadge } from './WordBadge';

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground2 },
});

/** The word a row shows where its RAG would be. */
function statusWord(row: MeasureRow): string {
  const { status } = row;
  if (status.kind === 'skipped') return 'Skipped';
  if (status.kind === 'notRated') return LISTED_WORDS.notRated;
  if (status.kind === 'error') return LISTED_WORDS.check;
  return status.kind === 'needsPolarity' ? 'Needs polarity' : status.rag;
}

export function RowStatusBadge({ row, label = 'RAG' }: { row: MeasureRow; label?: string }) {
  const styles = useStyles();
  const word = statusWord(row);
  if (row.status.kind === 'rated' && word === row.status.rag) return <WordBadge label={label} word={word} palette={RAG_PALETTE} />;
  return <span className={row.status.kind === 'skipped' ? styles.quiet : styles.problem}>{word}</span>;
}
