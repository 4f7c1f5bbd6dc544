/**
 * A RAG or direction word with its palette colours. The word is always written out, so the
 * colour is never the only signal; words outside the palette take neutral theme colours.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { styleFor } from '../../plan/rag-palette';
import { type WordStyle } from '../../excel/workbook-host';

const useStyles = makeStyles({
  pair: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  badge: {
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

export interface WordBadgeProps {
  /** What the word is, e.g. "RAG" or "DoT"; empty where a column heading already says it. */
  label: string;
  word: string;
  palette: readonly WordStyle[];
}

export function WordBadge({ label, word, palette }: WordBadgeProps) {
  const styles = useStyles();
  const style = styleFor(word, palette);
  return (
    <span className={styles.pair}>
      {label && (
        <>
          <span className={styles.label}>{label}</span>{' '}
        </>
      )}
      <span className={styles.badge} style={style && { backgroundColor: style.fill, color: style.font }}>
        {word}
      </span>
    </span>
  );
}
