/**
 * The demo page: the real task pane beside a sample workbook it works on, with no Excel.
 * The workbook is a `MemoryWorkbookHost`, the same interface Excel's host implements, so
 * everything the pane writes (RAG and DoT columns, helper columns, word colours, dropdowns,
 * settings, the summary sheet, XmR chart sheets) appears in the grid as it would in Excel.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress, sheetAddress } from '../excel/a1';
import { type MemoryWorkbookHost } from '../excel/memory-host';
import { App } from '../taskpane/App';
import { displayText } from './cell-display';
import { SampleGrid } from './SampleGrid';
import { SummaryChart } from './SummaryChart';
import { XmrChartView } from './XmrChartView';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  banner: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 350px', minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  formulaBar: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: '2em',
  },
  address: { minWidth: '10em', fontWeight: tokens.fontWeightSemibold },
  contents: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  sheetArea: { overflow: 'auto', flexGrow: 1, padding: tokens.spacingHorizontalS },
  tabs: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  pane: { overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** Re-renders on every change the pane (or the grid) makes to the workbook. */
function useWorkbook(host: MemoryWorkbookHost) {
  const [version, setVersion] = useState(0);
  useEffect(() => host.onChange(() => setVersion((v) => v + 1)), [host]);
  return useMemo(() => host.snapshot(), [host, version]);
}

export interface DemoPageProps {
  host: MemoryWorkbookHost;
  onReset: () => void;
}

export function DemoPage({ host, onReset }: DemoPageProps) {
  const styles = useStyles();
  const workbook = useWorkbook(host);
  const [showHelperColumns, setShowHelperColumns] = useState(false);
  const { selection } = workbook;
  const sheet = workbook.sheets.find((s) => s.name === selection.sheet) ?? workbook.sheets[0];
  const activeCell = sheet.cells[selection.row]?.[selection.column];
  const hasGroups = sheet.groups.length > 0;

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <h1 className={styles.title}>KPI RAG: try the add-in without Excel</h1>
        <Text>Click a cell in a KPI table, then use the task pane on the right. This sample workbook lives only in this page.</Text>
        <Button onClick={onReset}>Reset the workbook</Button>
      </header>
      <div className={styles.body}>
        <section className={styles.workbook} aria-label="Sample workbook">
          <div className={styles.formulaBar} aria-label="Active cell" role="group">
            <span className={styles.address}>{sheetAddress(sheet.name, cellAddress(selection.row, selection.column))}</span>
            <span className={styles.contents}>{activeCell?.formula ?? (activeCell ? displayText(activeCell) : '')}</span>
          </div>
          <div className={styles.sheetArea}>
            <SampleGrid
              sheet={sheet}
              tables={workbook.tables}
              active={selection}
              showHelperColumns={showHelperColumns}
              onSelect={(row, column) => host.select(sheetAddress(sheet.name, cellAddress(row, column)))}
            />
            {sheet.chart?.type === 'ColumnClustered' && <SummaryChart sheet={sheet} chart={sheet.chart} />}
            {sheet.chart?.type === 'Line' && <XmrChartView sheet={sheet} chart={sheet.chart} />}
          </div>
          <div className={styles.tabs}>
            <TabList
              aria-label="Sheets"
              selectedValue={sheet.name}
              onTabSelect={(_, data) => host.select(sheetAddress(String(data.value), 'A1'))}
            >
              {workbook.sheets.map((s) => (
                <Tab key={s.name} value={s.name}>
                  {s.name}
                </Tab>
              ))}
            </TabList>
            {hasGroups && (
              <Button appearance="subtle" onClick={() => setShowHelperColumns((shown) => !shown)}>
                {showHelperColumns ? 'Collapse helper columns' : 'Expand helper columns'}
              </Button>
            )}
          </div>
        </section>
        <div className={styles.pane}>
          <App host={host} />
        </div>
      </div>
    </div>
  );
}
