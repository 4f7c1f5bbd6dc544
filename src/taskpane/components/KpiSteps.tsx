/**
 * The pane's steps in order (table, columns, measures, write, summary, and over time for a
 * time series), under a status
 * line that announces each result to screen readers and a bar for errors and warnings,
 * over a footer that keeps Apply in view.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../excel/a1';
import { type WorkbookHost } from '../../excel/workbook-host';
import { useKpiTable } from '../hooks/useKpiTable';
import { type OpeningState } from '../hooks/useSettings';
import { type SuggestPolarity } from '../state/needs-polarity';
import { isProblem } from '../state/row-filter';
import { ApplyBar } from './ApplyBar';
import { ApplyFooter } from './ApplyFooter';
import { ColumnMapping } from './ColumnMapping';
import { MeasureList } from './MeasureList';
import { OverTime } from './OverTime';
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

export interface KpiStepsProps {
  host: WorkbookHost;
  opening: OpeningState;
  suggestPolarity?: SuggestPolarity;
}

export function KpiSteps({ host, opening, suggestPolarity }: KpiStepsProps) {
  const styles = useStyles();
  const kpi = useKpiTable(host, opening);
  const { table, rows } = kpi;
  const measures = rows.filter((row) => row.status.kind !== 'skipped');
  const showProblems = () => kpi.chooseFilter('problems');
  return (
    <>
      <div className={styles.messages}>
        <div role="status" aria-live="polite" className={styles.status}>
          {kpi.statusText}
        </div>
        {kpi.message && <PaneMessageBar message={kpi.message} onDismiss={kpi.dismissMessage} />}
      </div>
      <TablePicker table={table} busy={kpi.busy !== null} onFind={kpi.findTable} />
      {table && (
        <>
          <ColumnMapping
            table={table}
            mapping={kpi.mapping}
            owned={kpi.owned}
            rows={rows}
            addedInputs={kpi.addedInputs}
            onChoose={kpi.chooseColumn}
            periods={{ periods: kpi.periods, period: kpi.period, notes: kpi.periodNotes }}
            onChoosePeriod={kpi.choosePeriod}
          />
          <MeasureList
            rows={rows}
            shown={kpi.shown}
            sheetPolarities={kpi.sheetPolarities}
            defaults={kpi.defaults}
            filter={kpi.filter}
            search={kpi.search}
            suggestPolarity={suggestPolarity}
            onEdit={kpi.editRow}
            onEditRows={kpi.editRows}
            onDefaultsChange={kpi.changeDefaults}
            onFilter={kpi.chooseFilter}
            onSearch={kpi.searchFor}
          />
          <ApplyBar
            mode={kpi.mode}
            onModeChange={kpi.changeMode}
            addedColumns={kpi.added.map((column) => `${columnLetters(column.column)}: ${column.header}`)}
            busy={kpi.busy}
            fixedRows={kpi.fixedRows}
            overwriteCells={kpi.overwriteCells}
            onConfirmOverwrite={kpi.confirmOverwrite}
            onCancelOverwrite={kpi.cancelOverwrite}
            ownedSheets={kpi.ownedSheets}
            typedOver={kpi.typedOver}
            onRemove={kpi.remove}
          />
          <Summary summary={kpi.summary} busy={kpi.busy !== null} canInsert={kpi.canSummarise} onInsert={kpi.insertSummary} />
          {kpi.timeSeries && (
            <OverTime
              timeSeries={kpi.timeSeries}
              options={kpi.overTime}
              picks={kpi.chartPicks}
              busy={kpi.busy !== null}
              onOptions={kpi.changeOverTime}
              onPick={kpi.pickCharts}
              onWrite={kpi.writeOverTime}
              onWriteCharts={kpi.writeCharts}
            />
          )}
          <ApplyFooter
            measures={measures.length}
            problems={measures.filter(isProblem).length}
            rowCount={table.location.rowCount}
            busy={kpi.busy}
            polarityQuestion={kpi.polarityQuestion && kpi.polarityQuestion.map((index) => rows[index]?.name ?? '')}
            onApply={kpi.apply}
            onApplyWithoutPolarity={kpi.applyWithoutPolarity}
            onShowProblems={showProblems}
            onClosePolarityQuestion={kpi.closePolarityQuestion}
          />
        </>
      )}
    </>
  );
}
