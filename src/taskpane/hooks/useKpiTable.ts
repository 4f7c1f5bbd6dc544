/**
 * The pane's state and actions: the table in use, its column mapping, the user's edits,
 * defaults and output mode, and Apply / Remove / Insert summary against the workbook.
 * Every rating comes from `buildMeasureRows` and every write from `planApply`, so what the
 * pane previews is what the sheet gets.
 */
import { useCallback, useMemo, useState } from 'react';
import { type FixedRow, ownedColumns, ownedInputs, planApply, planRemoval } from '../../plan/apply-plan';
import { runApply } from '../../plan/run-apply';
import { type AddedColumn, type KpiSettings, serializeSettings } from '../../plan/settings';
import {
  type ColumnMapping,
  type ColumnRole,
  DEFAULTS,
  type OutputMode,
  type RowEdit,
  type TableDefaults,
  buildMeasureRows,
  cellAt,
  guessMapping,
  inputMapping,
  proposeMapping,
} from '../../plan/table-model';
import { type TableLocation, type TableSnapshot, type WorkbookHost } from '../../excel/workbook-host';
import { type RagSummary, summariseRatings } from '../../kpi/summary';
import { type PaneMessage, errorMessage } from '../pane-message';
import { freeSheetName, locationHolding, planSummary, ragColumnOf, ratedPeriod } from '../../plan/summary-plan';
import { describeTablePlace } from '../table-place';
import { type OpeningState } from './useSettings';

export type BusyAction = 'find' | 'apply' | 'remove' | 'summary';

const ATTEMPTED: Record<BusyAction, string> = {
  find: 'read the selected table',
  apply: 'write the RAG columns',
  remove: 'remove the columns it added',
  summary: 'insert the summary sheet',
};

export const MODE_NAMES: Record<OutputMode, string> = { live: 'Live', portable: 'Portable', values: 'Values' };

/** Every role unmapped, until a table is chosen. */
const NO_MAPPING = guessMapping([]);

/** Enough to find the cells in question; the rest are near them. */
const MAX_CELLS_LISTED = 12;

function isSameTable(a: TableLocation, b: TableLocation): boolean {
  return a.sheet === b.sheet && a.headerRow === b.headerRow && a.firstColumn === b.firstColumn;
}

/** Positions within `table` (0 = its first column) of columns an earlier Apply created: never inputs. */
function indexesIn(table: TableSnapshot, added: readonly AddedColumn[]): Set<number> {
  return new Set(added.map((column) => column.column - table.location.firstColumn));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function useKpiTable(host: WorkbookHost, opening: OpeningState) {
  const [table, setTable] = useState<TableSnapshot | null>(opening.table);
  const [saved, setSaved] = useState<KpiSettings | null>(opening.saved);
  const [mapping, setMapping] = useState<ColumnMapping>(opening.saved?.mapping ?? NO_MAPPING);
  const [defaults, setDefaults] = useState<TableDefaults>(opening.saved?.defaults ?? DEFAULTS);
  const [mode, setMode] = useState<OutputMode>(opening.saved?.mode ?? 'portable');
  const [edits, setEdits] = useState<ReadonlyMap<number, RowEdit>>(new Map());
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(opening.message);
  const [status, setStatus] = useState(opening.status);
  const [overwriteCells, setOverwriteCells] = useState<string[] | null>(null);

  /** The add-in's own target, polarity and tolerance columns, read as inputs where the user mapped none. */
  const ownInputs = useMemo(() => (table ? ownedInputs(table, saved) : null), [table, saved]);
  const rows = useMemo(
    () => (table ? buildMeasureRows(table, mapping, defaults, edits, ownInputs) : []),
    [table, mapping, defaults, edits, ownInputs],
  );
  /** Columns an earlier Apply added that are still where it left them: what Remove takes away. */
  const added: AddedColumn[] = useMemo(() => (table ? ownedColumns(table, saved) : []), [table, saved]);
  const owned = useMemo(() => (table ? indexesIn(table, added) : new Set<number>()), [table, added]);
  const polarityColumn = inputMapping(mapping, ownInputs).polarity;
  const sheetPolarities = useMemo(
    () => (table ? table.values.map((_, row) => String(cellAt(table, row, polarityColumn) ?? '').trim()) : []),
    [table, polarityColumn],
  );
  const summary: RagSummary = useMemo(
    () => summariseRatings(rows.filter((row) => row.status.kind !== 'skipped').map((row) => (row.status.kind === 'rated' ? row.status.rag : null))),
    [rows],
  );
  // Portable output cannot keep every row live; say which before anything is written.
  const fixedRows: FixedRow[] = useMemo(() => {
    if (!table || mode !== 'portable') return [];
    const plan = planApply({ table, mapping, defaults, edits, mode, previous: saved, overwrite: true });
    return plan.kind === 'ready' ? plan.fixedRows : [];
  }, [table, mapping, defaults, edits, mode, saved]);

  // Stable, so the measure editors, which are memoised, re-render only when their row changes.
  const chooseColumn = useCallback((role: ColumnRole, column: number | null) => setMapping((current) => ({ ...current, [role]: column })), []);
  const editRow = useCallback(
    (index: number, edit: RowEdit) => setEdits((current) => new Map(current).set(index, { ...current.get(index), ...edit })),
    [],
  );
  const changeDefaults = useCallback((change: Partial<TableDefaults>) => setDefaults((current) => ({ ...current, ...change })), []);

  async function run(action: BusyAction, work: () => Promise<void>): Promise<void> {
    if (busy !== null) return;
    setBusy(action);
    setMessage(null);
    setStatus('');
    try {
      await work();
    } catch (error) {
      setMessage(errorMessage(error, ATTEMPTED[action]));
    } finally {
      setBusy(null);
    }
  }

  const findTable = () =>
    run('find', async () => {
      const result = await host.readSelectedTable();
      if (result.kind === 'none') {
        setMessage({ intent: 'warning', title: 'No KPI table at the selected cell', text: result.reason });
        return;
      }
      const found = result.table;
      const restore = saved !== null && isSameTable(saved.location, found.location);
      const foundMapping = restore ? saved.mapping : proposeMapping(found, { ignore: indexesIn(found, ownedColumns(found, saved)) }).mapping;
      setTable(found);
      setMapping(foundMapping);
      setEdits(new Map());
      const measures = buildMeasureRows(found, foundMapping, defaults, new Map(), ownedInputs(found, saved)).filter(
        (row) => row.status.kind !== 'skipped',
      ).length;
      setStatus(`Found ${describeTablePlace(found.location)}: ${plural(found.location.rowCount, 'row')} under the header row, ${plural(measures, 'measure')} to rate.`);
    });

  const apply = (overwrite: boolean) =>
    run('apply', async () => {
      if (!table) return;
      setOverwriteCells(null);
      // The host reads the table back in the same batch, so the pane sees the columns as they now are.
      const { plan, table: now, settings, changed } = await runApply(host, { table, mapping, defaults, edits, mode, previous: saved, overwrite });
      setTable(now);
      setSaved(settings);
      if (changed.length > 0) {
        const current = await host.readTable(now.location);
        if (current.kind === 'table') setTable(current.table);
        setMessage({
          intent: 'warning',
          title: 'Nothing was written: the sheet changed.',
          text: 'These cells changed after the pane read the table, and Apply would have written over them. The pane now shows the sheet as it is: check the measures, then apply again.',
          details: changed.slice(0, MAX_CELLS_LISTED),
        });
        return;
      }
      if (plan.kind === 'blocked') {
        setMessage({
          intent: 'error',
          title: 'Nothing was written.',
          text: `Fix ${plural(plan.problems.length, 'problem')} first, then apply again:`,
          details: plan.problems.map((problem) => `${problem.name}: ${problem.message}`),
        });
        return;
      }
      if (plan.kind === 'confirm') {
        setOverwriteCells(plan.cells);
        return;
      }
      const rated = plan.rows.filter((row) => row.status.kind === 'rated').length;
      setStatus(`Applied (${MODE_NAMES[mode]}): wrote ratings for ${plural(rated, 'measure')} in ${describeTablePlace(now.location)}.`);
      if (plan.listed.length > 0) {
        setMessage({
          intent: 'warning',
          title: `${plural(plan.listed.length, 'measure')} not rated.`,
          text: 'They are written as "Not rated" or "Check", which the summary does not count. Fix them, then apply again:',
          details: plan.listed.map((row) => `${row.name}: ${row.reason}`),
        });
      }
    });

  const cancelOverwrite = () => {
    setOverwriteCells(null);
    setStatus('Nothing was written.');
  };

  const remove = () =>
    run('remove', async () => {
      if (!table || !saved) return;
      // Decided from the sheet as it is now: the user may have changed a column or a dropdown since the pane read it.
      const current = await host.readTable(table.location);
      if (current.kind === 'none') {
        setMessage({ intent: 'warning', title: 'Nothing was removed.', text: current.reason });
        return;
      }
      const { removal, missing, kept } = planRemoval(current.table, saved);
      setTable(await host.remove(removal));
      setSaved(kept);
      const { headers, location } = current.table;
      const dropdowns = removal.clearValidations.map((column) => headers[column - location.firstColumn]);
      setStatus(
        `Removed ${plural(removal.columns.length, 'column')} the add-in had added.` +
          (dropdowns.length ? ` Took the dropdown it had added off ${dropdowns.join(', ')}.` : ''),
      );
      if (missing.length) {
        setMessage({
          intent: 'warning',
          title: 'Some columns were not removed.',
          text: 'These columns were not where the add-in left them (renamed or moved), so they were left as they are. Delete them yourself if you no longer need them:',
          details: missing,
        });
      }
    });

  const insertSummary = () =>
    run('summary', async () => {
      const ragColumn = ragColumnOf(saved);
      if (!table || !saved || ragColumn === null) return;
      const taken = await host.sheetNames();
      // The sheet named in the settings is the add-in's own, kept from session to session; any other name is the user's.
      const recorded = saved.summarySheet;
      const ours = recorded !== null && taken.some((name) => name.toLowerCase() === recorded.toLowerCase());
      const sheetName = ours ? recorded : freeSheetName(taken);
      const settings: KpiSettings = { ...saved, summarySheet: sheetName };
      const period = ratedPeriod(table, mapping);
      const counted = await host.readTable(locationHolding(table.location, ragColumn));
      if (counted.kind !== 'table') throw new Error(counted.reason);
      await host.writeSummary(planSummary({ table: counted.table, ragColumn, period, inserted: new Date(), sheetName, settings: serializeSettings(settings) }));
      setSaved(settings);
      setStatus(`The summary is on the sheet "${sheetName}".`);
    });

  return {
    table,
    saved,
    mapping,
    defaults,
    mode,
    rows,
    added,
    owned,
    sheetPolarities,
    summary,
    /** Insert summary counts the RAG column an Apply wrote: before it, there is none. */
    canSummarise: ragColumnOf(saved) !== null,
    fixedRows,
    busy,
    message,
    status,
    overwriteCells,
    addedInputs: ownInputs?.columns ?? {},
    findTable,
    chooseColumn,
    editRow,
    changeDefaults,
    changeMode: setMode,
    apply: () => apply(false),
    confirmOverwrite: () => apply(true),
    cancelOverwrite,
    remove,
    insertSummary,
  };
}
