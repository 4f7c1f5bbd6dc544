/**
 * An XmR chart sheet's native line chart, drawn for the demo from the sheet's own cells:
 * each series a line (dashed for the limits) or, for the special causes, markers only, in
 * the colours the add-in gave them. The text alternative and the legend say what the
 * picture shows: the span, the mean and limits, and every special-cause point.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { parseAddress } from '../excel/a1';
import { type LineChartRecord, type SheetSnapshot } from '../excel/memory-host';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = 8;

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0`, color: tokens.colorNeutralForeground1 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyle: 'none', padding: 0, margin: 0 },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

type Series = LineChartRecord['series'][number] & { points: (number | null)[] };

/** The cells of a one-column range, as numbers (null where empty or not a number). */
function columnOf(sheet: SheetSnapshot, address: string): (number | string | null)[] {
  const block = parseAddress(address);
  return Array.from({ length: block.rowCount }, (_, i) => {
    const value = sheet.cells[block.row + i]?.[block.column]?.value;
    return typeof value === 'number' || typeof value === 'string' ? value : null;
  });
}

/** Lines through consecutive points; a missing point breaks the line, as Excel draws gaps. */
function segments(points: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  points.forEach((value, i) => {
    if (value === null) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  return runs;
}

function describe(chart: LineChartRecord, periods: readonly (string | number | null)[], series: readonly Series[]): string {
  const first = (name: string) => series.find((s) => s.name === name)?.points.find((v) => v !== null);
  const round = (v: number | undefined) => (v === undefined ? 'none' : String(Number(v.toPrecision(4))));
  const marks = series
    .filter((s) => s.draw === 'markers')
    .flatMap((s) => s.points.flatMap((v, i) => (v === null ? [] : [`${s.name} at ${periods[i]} (${round(v)})`])));
  return (
    `${chart.title}: ${periods.length} periods from ${periods[0]} to ${periods[periods.length - 1]}. ` +
    `Mean ${round(first('Mean'))}, limits ${round(first('Lower limit'))} to ${round(first('Upper limit'))}. ` +
    (marks.length ? `Special causes: ${marks.join(', ')}.` : 'No special causes.')
  );
}

const DASHES: Partial<Record<Series['draw'], string>> = { dashed: '6 4', dotted: '2 3' };

/** A special-cause marker centred on (cx, cy): a triangle, square or circle, so its shape names its signal too. */
function Marker({ shape, cx, cy, r, color }: { shape: Series['marker']; cx: number; cy: number; r: number; color: string }) {
  if (shape === 'triangle') return <polygon points={`${cx},${cy - r} ${cx + r},${cy + r} ${cx - r},${cy + r}`} fill={color} />;
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={color} />;
  return <circle cx={cx} cy={cy} r={r} fill={color} />;
}

export function XmrChartView({ sheet, chart }: { sheet: SheetSnapshot; chart: LineChartRecord }) {
  const styles = useStyles();
  const periods = columnOf(sheet, chart.categories);
  const series: Series[] = chart.series.map((s) => ({ ...s, points: columnOf(sheet, s.values).map((v) => (typeof v === 'number' ? v : null)) }));
  const all = series.flatMap((s) => s.points.filter((v): v is number => v !== null));
  const [low, high] = [Math.min(...all), Math.max(...all)];
  const spread = high - low || 1;
  const x = (i: number) => PAD + ((WIDTH - 2 * PAD) * i) / Math.max(1, periods.length - 1);
  const y = (v: number) => HEIGHT - PAD - ((HEIGHT - 2 * PAD) * (v - low)) / spread;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg role="img" aria-label={describe(chart, periods, series)} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#FFFFFF" stroke={tokens.colorNeutralStroke1} />
        {series.map((s) =>
          s.draw === 'markers'
            ? s.points.map((v, i) => v !== null && <Marker key={`${s.name}-${i}`} shape={s.marker} cx={x(i)} cy={y(v)} r={4} color={s.color} />)
            : segments(s.points, x, y).map((points, i) => (
                <polyline key={`${s.name}-${i}`} points={points} fill="none" stroke={s.color} strokeWidth={s.name === 'Value' ? 2 : 1.5} strokeDasharray={DASHES[s.draw]} />
              )),
        )}
      </svg>
      <ul className={styles.legend} aria-label="Series">
        {series.map((s) => (
          <li key={s.name} className={styles.key}>
            <svg width="18" height="10" aria-hidden="true">
              {s.draw === 'markers' ? <Marker shape={s.marker} cx={9} cy={5} r={4} color={s.color} /> : <line x1="0" y1="5" x2="18" y2="5" stroke={s.color} strokeWidth="2" strokeDasharray={DASHES[s.draw]} />}
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
