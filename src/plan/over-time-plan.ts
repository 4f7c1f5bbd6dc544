/**
 * "Write over time": the variation and assurance columns beside the table, in one batch
 * with the settings that record them as the add-in's own ('variation', 'assurance'), so
 * that the next run writes over them in place, Apply's RAG columns go beside them, and
 * Remove takes them away. A new column never writes over a cell of the user's: the plan
 * names those cells instead.
 */
import { isSameTable } from './same-table';
import { type TableSnapshot, type WorkbookChanges } from '../excel/workbook-host';
import { COLUMN_HEADERS, ownedColumns } from './apply-plan';
import { ColumnLayout } from './column-layout';
import { type OverTimeSettings } from './over-time';
import { type JudgedSeries, type OverTimeColumns, planOverTimeColumns } from './over-time-columns';
import { type KpiSettings, SETTINGS_VERSION, serializeSettings } from './settings';
import { asAtText } from './xmr-chart-data';

export interface OverTimeRequest {
  table: TableSnapshot;
  judged: readonly JudgedSeries[];
  /** Settings of an earlier Apply or run: the columns the add-in owns. */
  previous: KpiSettings | null;
  /** The pane's mapping, defaults and mode, recorded when there are no settings for this table yet. */
  fresh: FreshSettings;
  /** The method options the words were judged by, recorded with them. */
  options: OverTimeSettings;
  asAt: Date;
}

export type FreshSettings = Pick<KpiSettings, 'mapping' | 'defaults' | 'mode'>;

export type OverTimePlan =
  | { kind: 'occupied'; cells: string[] }
  | { kind: 'ready'; changes: WorkbookChanges; settings: KpiSettings; notRated: OverTimeColumns['notRated'] };

/** The earlier settings when they are for this table, else new ones for it (an "Over time" run needs no Apply first). */
export function tableSettings(table: TableSnapshot, previous: KpiSettings | null, fresh: FreshSettings): KpiSettings {
  if (previous !== null && isSameTable(previous.location, table.location)) return previous;
  return {
    version: SETTINGS_VERSION,
    location: table.location,
    ...fresh,
    palette: 'standard',
    addedColumns: [],
    addedValidations: [],
    summarySheet: null,
    chartSheets: [],
  };
}

/** The settings after the run: the earlier ones (for this table) with the two columns recorded. */
function settingsAfter(request: OverTimeRequest, layout: ColumnLayout, headers: Record<'variation' | 'assurance', string>): KpiSettings {
  const { table, previous } = request;
  const owned = ownedColumns(table, previous);
  const kept = owned.filter((added) => !layout.placed.has(added.kind));
  // A column of an earlier run takes this run's date; a new one keeps the header the layout made unique.
  const written = layout.created.map((added) =>
    owned.some((own) => own.kind === added.kind) && (added.kind === 'variation' || added.kind === 'assurance') ? { ...added, header: headers[added.kind] } : added,
  );
  const base = tableSettings(table, previous, request.fresh);
  return { ...base, addedColumns: [...kept, ...written].sort((a, b) => a.column - b.column), overTime: request.options };
}

export function planOverTime(request: OverTimeRequest): OverTimePlan {
  const { table } = request;
  const date = asAtText(request.asAt);
  const headers = { variation: `Variation as at ${date}`, assurance: `Assurance as at ${date}` };
  const layout = new ColumnLayout(table, ownedColumns(table, request.previous), { ...COLUMN_HEADERS, ...headers });
  const variation = layout.place('variation');
  const assurance = layout.place('assurance');
  if (layout.conflicts.length) return { kind: 'occupied', cells: layout.conflicts.map((address) => `${table.location.sheet}!${address}`) };
  const settings = settingsAfter(request, layout, headers);
  const header = (column: number) => settings.addedColumns.find((added) => added.column === column)!.header;
  const planned = planOverTimeColumns(request.judged, table.location.rowCount, {
    variation: { column: variation, header: header(variation) },
    assurance: { column: assurance, header: header(assurance) },
  });
  const changes: WorkbookChanges = {
    location: table.location,
    columns: planned.columns,
    wordFormats: planned.wordFormats,
    validations: [],
    groups: [],
    settings: serializeSettings(settings),
    basis: table,
  };
  return { kind: 'ready', changes, settings, notRated: planned.notRated };
}
