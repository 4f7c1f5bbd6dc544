/** The task pane: its title, then the KPI steps once the workbook's saved settings are read. */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { type WorkbookHost } from '../excel/workbook-host';
import { KpiSteps } from './components/KpiSteps';
import { useSettings } from './hooks/useSettings';

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

export function App({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const load = useSettings(host);
  return (
    <main className={styles.pane}>
      <h1 className={styles.title}>KPI RAG ratings</h1>
      {load.phase === 'loading' ? <Spinner size="small" label="Reading the workbook…" /> : <KpiSteps host={host} opening={load} />}
    </main>
  );
}
