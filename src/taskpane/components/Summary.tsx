/**
 * Step 5: the RAG summary councils report (counts, and shares of the rated measures), as a
 * table and a small bar chart in the RAG colours with the words and counts written beside
 * each bar. Insert summary writes the same table, with a native chart, to its own sheet.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { styleFor } from '../../plan/rag-palette';
import { type RagSummary } from '../../kpi/summary';
import { summaryCategories } from '../summary-table';
import { Section } from './Section';

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'start', color: tokens.colorNeutralForeground2, paddingBlockEnd: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'end' },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  barRow: { display: 'grid', gridTemplateColumns: '5em 1fr 2.5em', alignItems: 'center', gap: tokens.spacingHorizontalS },
  track: { height: '1em' },
  bar: { display: 'block', height: '100%', minWidth: '2px', boxSizing: 'border-box', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  button: { alignSelf: 'flex-start' },
});

export interface SummaryProps {
  summary: RagSummary;
  busy: boolean;
  /** An Apply has written the RAG column the summary counts. */
  canInsert: boolean;
  onInsert: () => void;
}

export function Summary({ summary, busy, canInsert, onInsert }: SummaryProps) {
  const styles = useStyles();
  const categories = summaryCategories(summary);
  const words = categories.filter((category) => category.word !== null);
  const most = Math.max(1, ...words.map((category) => category.count));
  const numberCell = mergeClasses(styles.cell, styles.number);
  return (
    <Section heading="5. Summary">
      <table className={styles.table}>
        <caption className={styles.caption}>Shares are of the rated measures (Green, Amber and Red), as councils report them.</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>Category</th>
            <th scope="col" className={numberCell}>Count</th>
            <th scope="col" className={numberCell}>Share</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.label}>
              <th scope="row" className={styles.cell}>{category.label}</th>
              <td className={numberCell}>{category.count}</td>
              <td className={numberCell}>{category.share === null ? '–' : PERCENT.format(category.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.unrecognised > 0 && (
        <Text>
          {summary.unrecognised} {summary.unrecognised === 1 ? 'measure has a problem and is' : 'measures have problems and are'} not counted.
        </Text>
      )}
      <figure className={styles.chart} role="img" aria-label={`Bar chart: ${words.map((c) => `${c.label} ${c.count}`).join(', ')}`}>
        {words.map((category) => {
          const style = category.word === null ? undefined : styleFor(category.word);
          return (
            <div key={category.label} className={styles.barRow} aria-hidden="true">
              <span>{category.label}</span>
              <span className={styles.track}>
                <span
                  className={styles.bar}
                  style={{ width: `${(100 * category.count) / most}%`, backgroundColor: style?.fill }}
                />
              </span>
              <span className={styles.number}>{category.count}</span>
            </div>
          );
        })}
      </figure>
      {!canInsert && <Text>Apply first: the summary sheet counts the RAG column Apply writes.</Text>}
      <Button className={styles.button} disabledFocusable={busy || !canInsert} onClick={onInsert}>
        Insert summary
      </Button>
    </Section>
  );
}
