/**
 * The pane's steps in order (table, columns, measures, write, summary), under a status
 * line that announces each result to screen readers and a bar for errors and warnings.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../excel/a1';
import { type WorkbookHost } from '../../excel/workbook-host';
import { useKpiTable } from '../hooks/useKpiTable';
import { type OpeningState } from '../hooks/useSettings';
import { ApplyBar } from './ApplyBar';
import { ColumnMapping } from './ColumnMapping';
import { MeasureList } from './MeasureList';
import { PaneMessageBar } from './PaneMessageBar';
import { Summary } from './Summary';
import { TablePicker } from './TablePicker';

const useStyles = makeStyles({
  // Kept in view while the steps scroll, so a result is seen where the button was pressed.
  messages: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  status: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function KpiSteps({ host, opening }: { host: WorkbookHost; opening: OpeningState }) {
  const styles = useStyles();
  const kpi = useKpiTable(host, opening);
  const { table } = kpi;
  return (
    <>
      <div className={styles.messages}>
        <div role="status" aria-live="polite" className={styles.status}>
          {kpi.status}
        </div>
        {kpi.message && <PaneMessageBar message={kpi.message} />}
      </div>
      <TablePicker table={table} busy={kpi.busy !== null} onFind={kpi.findTable} />
      {table && (
        <>
          <ColumnMapping
            table={table}
            mapping={kpi.mapping}
            owned={kpi.owned}
            rows={kpi.rows}
            addedInputs={kpi.addedInputs}
            onChoose={kpi.chooseColumn}
          />
          <MeasureList
            rows={kpi.rows}
            sheetPolarities={kpi.sheetPolarities}
            defaults={kpi.defaults}
            onEdit={kpi.editRow}
            onDefaultsChange={kpi.changeDefaults}
          />
          <ApplyBar
            mode={kpi.mode}
            onModeChange={kpi.changeMode}
            rowCount={table.location.rowCount}
            addedColumns={kpi.added.map((column) => `${columnLetters(column.column)}: ${column.header}`)}
            busy={kpi.busy}
            fixedRows={kpi.fixedRows}
            overwriteCells={kpi.overwriteCells}
            onApply={kpi.apply}
            onConfirmOverwrite={kpi.confirmOverwrite}
            onCancelOverwrite={kpi.cancelOverwrite}
            onRemove={kpi.remove}
          />
          <Summary summary={kpi.summary} busy={kpi.busy !== null} canInsert={kpi.canSummarise} onInsert={kpi.insertSummary} />
        </>
      )}
    </>
  );
}
