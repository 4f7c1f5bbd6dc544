/**
 * Step 6, offered when the table is a time series (periods across its columns, or a row per
 * measure per period): each measure judged over time by Making Data Count's method, the two
 * word columns written beside the table, and XmR chart sheets for the measures picked.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type JudgedSeries } from '../../plan/over-time-columns';
import { type OverTimeSettings } from '../../plan/over-time';
import { OverTimeMeasures } from './OverTimeMeasures';
import { OverTimeOptions } from './OverTimeOptions';
import { Section } from './Section';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface OverTimeProps {
  timeSeries: { description: string; judged: readonly JudgedSeries[] };
  options: OverTimeSettings;
  picks: ReadonlySet<number>;
  busy: boolean;
  onOptions: (change: Partial<OverTimeSettings>) => void;
  onPick: (rows: readonly number[], picked: boolean) => void;
  onWrite: () => void;
  onWriteCharts: () => void;
}

export function OverTime({ timeSeries, options, picks, busy, onOptions, onPick, onWrite, onWriteCharts }: OverTimeProps) {
  const styles = useStyles();
  const { judged } = timeSeries;
  const picked = judged.filter(({ series, judgement }) => judgement.rated && picks.has(series.row)).length;
  const [optionsValid, setOptionsValid] = useState(true);
  return (
    <Section heading="6. Over time">
      <Text>Read as a time series: {timeSeries.description}.</Text>
      <OverTimeOptions options={options} onChange={onOptions} onValidity={setOptionsValid} />
      <OverTimeMeasures judged={judged} picks={picks} onPick={onPick} />
      <Text>
        Write over time adds a Variation and an Assurance column beside the table, as words with MDC’s colours. They are values as at the
        day they are written, not formulas: write over time again to refresh them.
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy || !optionsValid || judged.length === 0} onClick={onWrite}>
          Write over time
        </Button>
        <Button disabledFocusable={busy || !optionsValid || picked === 0} onClick={onWriteCharts}>
          {picked === 0 ? 'Write XmR charts (pick measures first)' : `Write ${picked === 1 ? 'an XmR chart' : `${picked} XmR charts`}`}
        </Button>
      </div>
    </Section>
  );
}
