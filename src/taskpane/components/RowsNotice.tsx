/** One notice for one kind of problem: how many rows, why, and which rows, never a sentence per row. */
import { type ReactNode, useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  rows: { maxHeight: '4.5em', overflowY: 'auto', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface RowsNoticeProps {
  /** What the rows have in common, e.g. "3 rows are skipped: Empty row." */
  title: string;
  rows: readonly string[];
  tone?: 'error' | 'info';
  /** Buttons that deal with these rows. */
  children?: ReactNode;
}

export function RowsNotice({ title, rows, tone = 'info', children }: RowsNoticeProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={tone === 'error' ? `${styles.notice} ${styles.error}` : styles.notice}>
      <Text id={id} weight="semibold">
        {title}
      </Text>
      <Text className={styles.rows} tabIndex={0} aria-labelledby={id} aria-description={`${rows.length} rows`} role="note">
        {rows.join('; ')}
      </Text>
      {children && <div className={styles.actions}>{children}</div>}
    </div>
  );
}
