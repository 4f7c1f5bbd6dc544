/**
 * The pane's flow as a state machine: read a table, map its columns, edit rows, apply,
 * remove, insert the summary. Pure: every transition is a function of the state and an
 * action, so the flow is tested without a workbook; the actions hook does the I/O.
 */
import { DEFAULT_OVER_TIME, type OverTimeSettings } from '../../plan/over-time';
import { type KpiSettings } from '../../plan/settings';
import {
  type ColumnMapping,
  type ColumnRole,
  DEFAULTS,
  type OutputMode,
  type RowEdit,
  type TableDefaults,
  guessMapping,
  proposeMapping,
} from '../../plan/table-model';
import { type TablePeriod } from '../../plan/column-guess';
import { type TableLocation, type TableSnapshot } from '../../excel/workbook-host';
import { type PaneMessage } from '../pane-message';
import { type OpeningState } from '../hooks/useSettings';
import { type RowFilter } from './row-filter';
import { carryEdits, carryMapping } from './carry-work';
import { isSameTable } from '../../plan/same-table';
import { plural } from '../plural';

export type BusyAction = 'find' | 'apply' | 'remove' | 'summary' | 'overTime' | 'charts';

/**
 * What the status line says. "Found" is worded from the rows as they are when it is shown,
 * so fixing the mapping after a read never leaves "0 measures to rate" standing.
 */
export type PaneStatus = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'found'; location: TableLocation };

export interface KpiState {
  table: TableSnapshot | null;
  /** Settings of the last Apply (or summary), as saved in the workbook. */
  saved: KpiSettings | null;
  mapping: ColumnMapping;
  /** The periods the table has figure columns for, oldest first; empty when its figures carry none. */
  periods: TablePeriod[];
  /** The period whose column is mapped to Actual, or null when Actual is not one of them. */
  period: string | null;
  /** What the proposal chose and why, while Actual and Target are as it proposed them. */
  periodNotes: string[];
  defaults: TableDefaults;
  mode: OutputMode;
  /** The user's edits not yet applied, by body row. */
  edits: ReadonlyMap<number, RowEdit>;
  busy: BusyAction | null;
  message: PaneMessage | null;
  status: PaneStatus;
  /** Cells Apply would write over, awaiting the user's answer; null when not asking. */
  overwriteCells: string[] | null;
  /** Rows Apply would write N/A for because they have a target but no polarity, awaiting the user's answer. */
  polarityQuestion: number[] | null;
  /** Which measures step 3 lists: a kind of row, and words in the name. */
  filter: RowFilter;
  search: string;
  /** The "Over time" step's method options, as KPI.SPC names them. */
  overTime: OverTimeSettings;
  /** Body rows of the measures picked for an XmR chart. */
  chartPicks: ReadonlySet<number>;
}

export type KpiAction =
  | { type: 'started'; action: BusyAction }
  | { type: 'finished' }
  | { type: 'failed'; message: PaneMessage }
  | { type: 'messageDismissed' }
  /** "Use selected table" found `table`; `owned` are the columns an earlier Apply added there. */
  | { type: 'tableFound'; table: TableSnapshot; owned: ReadonlySet<number> }
  /** The sheet changed under the pane: the same table, read again. */
  | { type: 'tableRefreshed'; table: TableSnapshot; owned: ReadonlySet<number> }
  | { type: 'columnChosen'; role: ColumnRole; column: number | null }
  /** Rate another of the table's periods: its Actual, Target, Previous and same period last year, proposed afresh. */
  | { type: 'periodChosen'; period: string; owned: ReadonlySet<number> }
  | { type: 'rowsEdited'; indexes: readonly number[]; edit: RowEdit }
  | { type: 'defaultsChanged'; change: Partial<TableDefaults> }
  | { type: 'modeChanged'; mode: OutputMode }
  | { type: 'polarityAsked'; rows: number[] }
  | { type: 'polarityQuestionClosed' }
  | { type: 'overwriteCancelled' }
  /** Apply wrote; `table` is as the writes left it, so the edits are in it now. */
  | { type: 'applied'; table: TableSnapshot; settings: KpiSettings; status: string; message: PaneMessage | null }
  /** Apply wrote nothing: problems to fix, cells to confirm, or the sheet changed since the read. */
  | { type: 'appliedNothing'; table: TableSnapshot; settings: KpiSettings | null; message: PaneMessage | null; overwriteCells: string[] | null }
  | { type: 'filterChosen'; filter: RowFilter }
  | { type: 'searched'; search: string }
  | { type: 'removed'; table: TableSnapshot; settings: KpiSettings | null; status: string; message: PaneMessage | null }
  | { type: 'summaryInserted'; settings: KpiSettings; sheetName: string }
  | { type: 'overTimeOptionsChanged'; change: Partial<OverTimeSettings> }
  | { type: 'chartPicked'; rows: readonly number[]; picked: boolean }
  /** Write over time wrote its columns; unlike Apply, the edits not yet applied stay. */
  | { type: 'overTimeWritten'; table: TableSnapshot; settings: KpiSettings; status: string; message: PaneMessage | null }
  | { type: 'chartsWritten'; settings: KpiSettings; status: string };

/** Every role unmapped, until a table is chosen. */
const NO_MAPPING = guessMapping([]);

export function initialState(opening: OpeningState): KpiState {
  return {
    table: opening.table,
    saved: opening.saved,
    mapping: opening.saved?.mapping ?? NO_MAPPING,
    periods: [],
    period: null,
    periodNotes: [],
    defaults: opening.saved?.defaults ?? DEFAULTS,
    mode: opening.saved?.mode ?? 'portable',
    edits: new Map(),
    busy: null,
    message: opening.message,
    status: opening.status ? { kind: 'text', text: opening.status } : { kind: 'none' },
    overwriteCells: null,
    polarityQuestion: null,
    filter: 'all',
    search: '',
    // What the words in the sheet were judged by, so that writing again judges alike.
    overTime: opening.saved?.overTime ?? DEFAULT_OVER_TIME,
    chartPicks: new Set(),
  };
}


type Work = Pick<KpiState, 'mapping' | 'edits' | 'message' | 'periods' | 'period' | 'periodNotes'>;
type PeriodWork = Pick<KpiState, 'periods' | 'period' | 'periodNotes'>;

const PERIOD_ROLES = ['actual', 'target', 'previous', 'lastYear'] as const satisfies readonly ColumnRole[];

const periodOf = (periods: readonly TablePeriod[], actual: number | null) => periods.find((p) => p.column === actual)?.label ?? null;

/** The periods of `found` and which of them `mapping` rates; the proposal's notes only while Actual and Target are its own. */
function periodWork(found: TableSnapshot, owned: ReadonlySet<number>, mapping: ColumnMapping): PeriodWork {
  const latest = proposeMapping(found, { ignore: owned });
  const period = periodOf(latest.periods, mapping.actual);
  const proposal = period === null || period === latest.period ? latest : proposeMapping(found, { ignore: owned, period });
  const own = proposal.mapping.actual === mapping.actual && proposal.mapping.target === mapping.target;
  return { periods: latest.periods, period, periodNotes: own ? proposal.notes : [] };
}

/** The mapping and edits for `found`: carried over from the same table, else the saved mapping, else a guess. */
function workFor(state: KpiState, found: TableSnapshot, owned: ReadonlySet<number>): Work {
  const { table, saved } = state;
  const same = table !== null && isSameTable(table.location, found.location);
  // The same table again is guessed for the period the user chose, so a moved column comes back in it.
  const guess = proposeMapping(found, { ignore: owned, period: same ? state.period : null }).mapping;
  if (same) {
    const mapping = carryMapping(table, state.mapping, found, guess);
    const { edits, dropped } = carryEdits(table, state.mapping, found, mapping, state.edits);
    const message: PaneMessage | null = dropped
      ? {
          intent: 'warning',
          title: `${plural(dropped, 'edit')} not kept.`,
          text: `The ${dropped === 1 ? 'row it was' : 'rows they were'} made on ${dropped === 1 ? 'is' : 'are'} no longer in the table, or no longer the only row of that name. Check those rows and set them again.`,
        }
      : null;
    return { mapping, edits, message, ...periodWork(found, owned, mapping) };
  }
  const mapping = saved !== null && isSameTable(saved.location, found.location) ? saved.mapping : guess;
  return { mapping, edits: new Map(), message: null, ...periodWork(found, owned, mapping) };
}

/** The measures picked for charts, on the rows they were picked on (a row inserted above moves them); none for another table. */
function carriedPicks(state: KpiState, found: TableSnapshot, mapping: ColumnMapping): ReadonlySet<number> {
  if (state.table === null || !isSameTable(state.table.location, found.location)) return new Set();
  const picks = new Map([...state.chartPicks].map((row) => [row, true] as const));
  return new Set(carryEdits(state.table, state.mapping, found, mapping, picks).edits.keys());
}

/** The table rated for `period`: the period's columns proposed afresh, every other role and every edit kept. */
function withPeriod(state: KpiState, period: string, owned: ReadonlySet<number>): KpiState {
  if (state.table === null) return state;
  const proposal = proposeMapping(state.table, { ignore: owned, period });
  const mapping = { ...state.mapping };
  for (const role of PERIOD_ROLES) mapping[role] = proposal.mapping[role];
  return { ...state, mapping, period: proposal.period, periodNotes: proposal.notes };
}

/** A column chosen by hand; choosing Actual or Target leaves the proposal's notes behind. */
function withColumn(state: KpiState, role: ColumnRole, column: number | null): KpiState {
  const mapping = { ...state.mapping, [role]: column };
  if (role !== 'actual' && role !== 'target') return { ...state, mapping };
  return { ...state, mapping, period: periodOf(state.periods, mapping.actual), periodNotes: [] };
}

function withEdit(edits: ReadonlyMap<number, RowEdit>, indexes: readonly number[], edit: RowEdit): ReadonlyMap<number, RowEdit> {
  const next = new Map(edits);
  for (const index of indexes) next.set(index, { ...edits.get(index), ...edit });
  return next;
}

function withPicks(picks: ReadonlySet<number>, rows: readonly number[], picked: boolean): ReadonlySet<number> {
  const next = new Set(picks);
  for (const row of rows) {
    if (picked) next.add(row);
    else next.delete(row);
  }
  return next;
}

export function kpiReducer(state: KpiState, action: KpiAction): KpiState {
  switch (action.type) {
    case 'started':
      return { ...state, busy: action.action, message: null, status: { kind: 'none' }, overwriteCells: null, polarityQuestion: null };
    case 'finished':
      return { ...state, busy: null };
    case 'failed':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
    case 'tableFound': {
      const work = workFor(state, action.table, action.owned);
      const chartPicks = carriedPicks(state, action.table, work.mapping);
      return { ...state, ...work, table: action.table, status: { kind: 'found', location: action.table.location }, chartPicks };
    }
    case 'tableRefreshed': {
      const work = workFor(state, action.table, action.owned);
      return { ...state, ...work, message: work.message ?? state.message, table: action.table, chartPicks: carriedPicks(state, action.table, work.mapping) };
    }
    case 'columnChosen':
      return withColumn(state, action.role, action.column);
    case 'periodChosen':
      return withPeriod(state, action.period, action.owned);
    case 'rowsEdited':
      return { ...state, edits: withEdit(state.edits, action.indexes, action.edit) };
    case 'defaultsChanged':
      return { ...state, defaults: { ...state.defaults, ...action.change } };
    case 'modeChanged':
      return { ...state, mode: action.mode };
    case 'polarityAsked':
      return { ...state, polarityQuestion: action.rows };
    case 'polarityQuestionClosed':
      return { ...state, polarityQuestion: null };
    case 'overwriteCancelled':
      return { ...state, overwriteCells: null, status: { kind: 'text', text: 'Nothing was written.' } };
    case 'applied':
      return { ...state, table: action.table, saved: action.settings, edits: new Map(), status: { kind: 'text', text: action.status }, message: action.message };
    case 'appliedNothing':
      return { ...state, table: action.table, saved: action.settings, message: action.message, overwriteCells: action.overwriteCells };
    case 'filterChosen':
      return { ...state, filter: action.filter };
    case 'searched':
      return { ...state, search: action.search };
    case 'removed':
      return { ...state, table: action.table, saved: action.settings, status: { kind: 'text', text: action.status }, message: action.message };
    case 'summaryInserted':
      return { ...state, saved: action.settings, status: { kind: 'text', text: `The summary is on the sheet "${action.sheetName}".` } };
    case 'overTimeOptionsChanged':
      return { ...state, overTime: { ...state.overTime, ...action.change } };
    case 'chartPicked':
      return { ...state, chartPicks: withPicks(state.chartPicks, action.rows, action.picked) };
    case 'overTimeWritten':
      return { ...state, table: action.table, saved: action.settings, status: { kind: 'text', text: action.status }, message: action.message };
    case 'chartsWritten':
      return { ...state, saved: action.settings, status: { kind: 'text', text: action.status } };
  }
}
