/**
 * Each measure's variation and assurance as the "Over time" step will write them, the words
 * always written out beside their MDC colours; trial limits marked, and the measures that
 * are not rated with the reason. A checkbox per rated measure picks it for an XmR chart.
 */
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { type JudgedSeries } from '../../plan/over-time-columns';
import { NOT_RATED } from '../../plan/over-time';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from '../../plan/spc-palette';
import { WordBadge } from './WordBadge';

const useStyles = makeStyles({
  // Fixed, so that long words wrap inside the narrow pane rather than push the table past its edge.
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', overflowWrap: 'break-word' },
  pickColumn: { width: '3.5em' },
  measureColumn: { width: '40%' },
  caption: { textAlign: 'start', color: tokens.colorNeutralForeground2, paddingBlockEnd: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightRegular },
  // Label over word: the longest words wrap inside the narrow pane.
  word: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', marginBlockEnd: tokens.spacingVerticalXS },
  wordLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface OverTimeMeasuresProps {
  judged: readonly JudgedSeries[];
  picks: ReadonlySet<number>;
  onPick: (rows: readonly number[], picked: boolean) => void;
}

/** What to say under a measure's name: why it is not rated, why its assurance is not, its trial limits. */
function noteFor({ judgement }: JudgedSeries): string | null {
  if (!judgement.rated) return `Not rated: ${judgement.reason}`;
  const notes = [
    judgement.assuranceReason === null ? null : `Assurance not rated: ${judgement.assuranceReason}`,
    judgement.trialLimits ? `Trial limits: from ${judgement.chart.limits.points} points (12 or more make them firm).` : null,
  ];
  return notes.filter((note) => note !== null).join(' ') || null;
}

export function OverTimeMeasures({ judged, picks, onPick }: OverTimeMeasuresProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>The latest point’s variation, and whether the process will meet its target.</caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.cell} ${styles.pickColumn}`}>Chart</th>
          <th scope="col" className={`${styles.cell} ${styles.measureColumn}`}>Measure</th>
          <th scope="col" className={styles.cell}>Over time</th>
        </tr>
      </thead>
      <tbody>
        {judged.map((item) => {
          const { series, judgement } = item;
          const note = noteFor(item);
          return (
            <tr key={series.row}>
              <td className={styles.cell}>
                {judgement.rated && (
                  <Checkbox
                    aria-label={`XmR chart of ${series.measure.name}`}
                    checked={picks.has(series.row)}
                    onChange={(_, data) => onPick([series.row], data.checked === true)}
                  />
                )}
              </td>
              <th scope="row" className={`${styles.cell} ${styles.name}`}>
                {series.measure.name}
                {note && <span className={styles.note}>{note}</span>}
              </th>
              <td className={styles.cell}>
                <span className={styles.word}>
                  <span className={styles.wordLabel}>Variation:</span>
                  <WordBadge label="" word={judgement.rated ? judgement.variation : NOT_RATED} palette={VARIATION_PALETTE} />
                </span>
                <span className={styles.word}>
                  <span className={styles.wordLabel}>Assurance:</span>
                  <WordBadge label="" word={judgement.rated ? judgement.assurance : NOT_RATED} palette={ASSURANCE_PALETTE} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
