/** The task pane: its title, then the KPI steps once the workbook's saved settings are read. */
import { Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { type WorkbookHost } from '../excel/workbook-host';
import { KpiSteps } from './components/KpiSteps';
import { useSettings } from './hooks/useSettings';
import { suggestPolarity as suggestFromWording } from '../kpi/polarity-suggestion';
import { type SuggestPolarity } from './state/needs-polarity';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  host: WorkbookHost;
  /**
   * The polarity suggestion from a measure's wording; src/kpi's rule unless a test gives
   * another. A suggestion is only shown: the user accepts it with a click.
   */
  suggestPolarity?: SuggestPolarity;
}

export function App({ host, suggestPolarity = suggestFromWording }: AppProps) {
  const styles = useStyles();
  const load = useSettings(host);
  return (
    <main className={styles.pane}>
      <h1 className={styles.title}>KPI RAG ratings</h1>
      {load.phase === 'loading' ? (
        <Field label="Reading the workbook…">
          <ProgressBar />
        </Field>
      ) : (
        <KpiSteps host={host} opening={load} suggestPolarity={suggestPolarity} />
      )}
    </main>
  );
}
