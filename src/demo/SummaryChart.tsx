/**
 * The native chart Insert summary adds, drawn for the demo: a column per category of the
 * charted block (categories in its first column, counts in its second). The counts are
 * also in the label and on each bar, so nothing depends on reading the picture.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { parseAddress } from '../excel/a1';
import { type ColumnChartRecord, type SheetSnapshot } from '../excel/memory-host';
import { styleFor } from '../plan/rag-palette';

const WIDTH = 420;
const HEIGHT = 180;
const LABEL_SPACE = 36;

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0`, color: tokens.colorNeutralForeground1 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

export function SummaryChart({ sheet, chart }: { sheet: SheetSnapshot; chart: ColumnChartRecord }) {
  const styles = useStyles();
  const block = parseAddress(chart.source);
  // The source is the categories and counts only, no header row (see SummaryWrite.chart).
  const bars = Array.from({ length: block.rowCount }, (_, i) => {
    const row = sheet.cells[block.row + i] ?? [];
    return { category: String(row[block.column]?.value ?? ''), count: Number(row[block.column + 1]?.value ?? 0) };
  });
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const slot = WIDTH / Math.max(1, bars.length);
  const label = `${chart.title}: ${bars.map((bar) => `${bar.category} ${bar.count}`).join(', ')}`;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT + LABEL_SPACE} viewBox={`0 0 ${WIDTH} ${HEIGHT + LABEL_SPACE}`}>
        {bars.map((bar, i) => {
          const height = ((HEIGHT - 20) * bar.count) / most;
          const style = styleFor(bar.category);
          const x = i * slot + slot * 0.15;
          return (
            <g key={bar.category}>
              <rect x={x} y={HEIGHT - height} width={slot * 0.7} height={height} fill={style?.fill ?? tokens.colorNeutralBackground5} stroke={style?.font ?? tokens.colorNeutralStroke1} />
              <text x={x + slot * 0.35} y={HEIGHT - height - 4} textAnchor="middle" fontSize="12" fill="currentColor">
                {bar.count}
              </text>
              <text x={x + slot * 0.35} y={HEIGHT + 16} textAnchor="middle" fontSize="11" fill="currentColor">
                {bar.category}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
