/**
 * The pane's state and actions: the table in use, its column mapping, the user's edits,
 * defaults and output mode, and Apply / Remove / Insert summary / the Over time step's
 * writes against the workbook.
 * State changes go through `kpiReducer`; every rating comes from `buildMeasureRows` and
 * every write from `planApply`, so what the pane previews is what the sheet gets.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import { type FixedRow, ownedColumns, ownedInputs, planApply } from '../../plan/apply-plan';
import { type AddedColumn } from '../../plan/settings';
import { type OverTimeSettings } from '../../plan/over-time';
import { type ColumnRole, type OutputMode, type RowEdit, type TableDefaults, buildMeasureRows, cellAt, inputMapping } from '../../plan/table-model';
import { type WorkbookHost } from '../../excel/workbook-host';
import { type RagSummary, summariseRatings } from '../../kpi/summary';
import { ragColumnOf } from '../../plan/summary-plan';
import { ownedSheets } from '../../plan/owned-sheets';
import { typedOverCells } from '../../plan/typed-over';
import { describeTablePlace } from '../table-place';
import { type KpiState, type PaneStatus, initialState, kpiReducer } from '../state/kpi-reducer';
import { type RowFilter, filterRows, isMeasure } from '../state/row-filter';
import { indexesIn, useKpiActions } from './useKpiActions';
import { plural } from '../plural';
import { useOverTimeActions, useOverTimeSeries } from './useOverTime';
import { useSheetFollowing } from './useSheetFollowing';
import { type OpeningState } from './useSettings';

export { MODE_NAMES } from './useKpiActions';
export type { BusyAction } from '../state/kpi-reducer';

/** The status line's words, from the rows as they are now. */
function statusText(status: PaneStatus, measures: number): string {
  if (status.kind === 'none') return '';
  if (status.kind === 'text') return status.text;
  const { location } = status;
  return `Found ${describeTablePlace(location)}: ${plural(location.rowCount, 'row')} under the header row, ${plural(measures, 'measure')} to rate.`;
}

function useDerived(state: KpiState) {
  const { table, saved, mapping, defaults, edits, mode } = state;
  /** The add-in's own target, polarity and tolerance columns, read as inputs where the user mapped none. */
  const ownInputs = useMemo(() => (table ? ownedInputs(table, saved) : null), [table, saved]);
  const rows = useMemo(() => (table ? buildMeasureRows(table, mapping, defaults, edits, ownInputs) : []), [table, mapping, defaults, edits, ownInputs]);
  /** Columns an earlier Apply added that are still where it left them: what Remove takes away. */
  const added: AddedColumn[] = useMemo(() => (table ? ownedColumns(table, saved) : []), [table, saved]);
  const owned = useMemo(() => (table ? indexesIn(table, added) : new Set<number>()), [table, added]);
  /** Cells of those columns typed over in the sheet: Apply and Remove name them before writing over or deleting them. */
  const typedOver = useMemo(() => (table && saved ? typedOverCells(table, saved, added) : []), [table, saved, added]);
  const polarityColumn = inputMapping(mapping, ownInputs).polarity;
  const sheetPolarities = useMemo(
    () => (table ? table.values.map((_, row) => String(cellAt(table, row, polarityColumn) ?? '').trim()) : []),
    [table, polarityColumn],
  );
  const summary: RagSummary = useMemo(
    () => summariseRatings(rows.filter(isMeasure).map((row) => (row.status.kind === 'rated' ? row.status.rag : null))),
    [rows],
  );
  // Portable output cannot keep every row live; say which before anything is written.
  const fixedRows: FixedRow[] = useMemo(() => {
    if (!table || mode !== 'portable') return [];
    const plan = planApply({ table, mapping, defaults, edits, mode, previous: saved, overwrite: true });
    return plan.kind === 'ready' ? plan.fixedRows : [];
  }, [table, mapping, defaults, edits, mode, saved]);
  const shown = useMemo(() => filterRows(rows, state.filter, state.search), [rows, state.filter, state.search]);
  return { rows, shown, added, owned, typedOver, sheetPolarities, summary, fixedRows, addedInputs: ownInputs?.columns ?? {} };
}

export function useKpiTable(host: WorkbookHost, opening: OpeningState) {
  const [state, dispatch] = useReducer(kpiReducer, opening, initialState);
  const derived = useDerived(state);
  const working = useRef(false);
  const actions = useKpiActions(host, state, dispatch, derived, working);
  const { timeSeries } = useOverTimeSeries(state, derived.owned);
  const overTimeActions = useOverTimeActions(host, state, dispatch, timeSeries?.judged ?? [], working);
  useSheetFollowing(host, state.table?.location ?? null, working, state.saved, dispatch);

  // Stable, so the measure lines, which are memoised, re-render only when their row changes.
  const chooseColumn = useCallback((role: ColumnRole, column: number | null) => dispatch({ type: 'columnChosen', role, column }), []);
  const { owned } = derived;
  const choosePeriod = useCallback((period: string) => dispatch({ type: 'periodChosen', period, owned }), [owned]);
  const editRows = useCallback((indexes: readonly number[], edit: RowEdit) => dispatch({ type: 'rowsEdited', indexes, edit }), []);
  const editRow = useCallback((index: number, edit: RowEdit) => dispatch({ type: 'rowsEdited', indexes: [index], edit }), []);
  const changeDefaults = useCallback((change: Partial<TableDefaults>) => dispatch({ type: 'defaultsChanged', change }), []);
  const changeMode = useCallback((mode: OutputMode) => dispatch({ type: 'modeChanged', mode }), []);
  const chooseFilter = useCallback((filter: RowFilter) => dispatch({ type: 'filterChosen', filter }), []);
  const searchFor = useCallback((text: string) => dispatch({ type: 'searched', search: text }), []);
  const dismissMessage = useCallback(() => dispatch({ type: 'messageDismissed' }), []);
  const changeOverTime = useCallback((change: Partial<OverTimeSettings>) => dispatch({ type: 'overTimeOptionsChanged', change }), []);
  const pickCharts = useCallback((rows: readonly number[], picked: boolean) => dispatch({ type: 'chartPicked', rows, picked }), []);

  return {
    ...state,
    ...derived,
    ...actions,
    ...overTimeActions,
    timeSeries,
    statusText: statusText(state.status, derived.rows.filter(isMeasure).length),
    /** Insert summary counts the RAG column an Apply wrote: before it, there is none. */
    canSummarise: ragColumnOf(state.saved) !== null,
    /** The sheets the add-in wrote, which Remove offers to delete. */
    ownedSheets: ownedSheets(state.saved),
    chooseColumn,
    choosePeriod,
    editRow,
    editRows,
    changeDefaults,
    changeMode,
    chooseFilter,
    searchFor,
    dismissMessage,
    changeOverTime,
    pickCharts,
  };
}

export type KpiTable = ReturnType<typeof useKpiTable>;
