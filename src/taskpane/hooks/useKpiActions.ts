/**
 * The pane's buttons against the workbook: Use selected table, Apply, Remove, Insert summary.
 * Each reads or writes through the host, then tells the reducer what happened; what the
 * user sees follows from the state.
 */
import { type Dispatch, type RefObject } from 'react';
import { type AddedColumn, type KpiSettings, serializeSettings } from '../../plan/settings';
import { type KeptSheet, ownedColumns, planRemoval } from '../../plan/apply-plan';
import { overTimeField } from '../../plan/over-time-ranges';
import { ownedSheets, sameSheetName } from '../../plan/owned-sheets';
import { runApply } from '../../plan/run-apply';
import { type MeasureRow, type OutputMode } from '../../plan/table-model';
import { type TableSnapshot, type WorkbookHost, type WorkbookRemoval } from '../../excel/workbook-host';
import { type PaneMessage } from '../pane-message';
import { runAction } from './run-action';
import { plural } from '../plural';
import { freeSheetName, locationHolding, planSummary, ragColumnOf, ratedPeriod } from '../../plan/summary-plan';
import { describeTablePlace } from '../table-place';
import { type KpiAction, type KpiState } from '../state/kpi-reducer';
import { groupReasons } from '../state/notice-groups';
import { needsPolarity } from '../state/needs-polarity';

export const MODE_NAMES: Record<OutputMode, string> = { live: 'Live', portable: 'Portable', values: 'Values' };

/** Enough to find the cells in question; the rest are near them. */
const MAX_CELLS_LISTED = 12;

/** Positions within `table` (0 = its first column) of columns an earlier Apply created: never inputs. */
export function indexesIn(table: TableSnapshot, added: readonly AddedColumn[]): Set<number> {
  return new Set(added.map((column) => column.column - table.location.firstColumn));
}

/** One notice for the measures Apply wrote as "Not rated" or "Check", grouped by reason. */
function listedMessage(listed: readonly { index: number; name: string; reason: string }[]): PaneMessage | null {
  if (listed.length === 0) return null;
  return {
    intent: 'warning',
    title: `${plural(listed.length, 'measure')} not rated.`,
    text: 'They are written as "Not rated" or "Check", which the summary does not count. Fix them, then apply again:',
    details: groupReasons([...listed]).map((group) => `${group.rows.map((row) => row.name).join(', ')}: ${group.reason}`),
  };
}

/** What Remove did, in one line: the columns, the dropdowns taken off the user's columns, the sheets deleted. */
function removedStatus({ headers, location }: TableSnapshot, removal: WorkbookRemoval): string {
  const dropdowns = removal.clearValidations.map((column) => headers[column - location.firstColumn]);
  const parts = [
    removal.columns.length ? `Removed ${plural(removal.columns.length, 'column')} the add-in had added.` : '',
    dropdowns.length ? `Took the dropdown it had added off ${dropdowns.join(', ')}.` : '',
    removal.sheets.length ? `Deleted the sheet${removal.sheets.length === 1 ? '' : 's'} ${removal.sheets.map((name) => `"${name}"`).join(', ')}.` : '',
  ].filter((part) => part !== '');
  return parts.length ? parts.join(' ') : 'Removed the add-in’s settings for this table; it had no columns or sheets left to remove.';
}

/** What Remove left of the add-in's, and why: columns moved or renamed, sheets renamed. */
function removeWarning(missing: readonly string[], keptSheets: readonly KeptSheet[]): PaneMessage | null {
  if (missing.length === 0 && keptSheets.length === 0) return null;
  return {
    intent: 'warning',
    title: 'Some of what the add-in wrote was not removed.',
    text: 'These were not where the add-in left them or not under the name it gave them (renamed or moved), so they were left as they are. Delete them yourself if you no longer need them:',
    details: [...missing.map((header) => `Column ${header}`), ...keptSheets.map(({ sheet, reason }) => `Sheet "${sheet}": ${reason}`)],
  };
}

/** Remove's answer no longer holds: cells of the add-in's columns were typed into after the question named the others. */
function typedSinceAsked(cells: readonly string[]): PaneMessage {
  return {
    intent: 'warning',
    title: 'Nothing was removed: the sheet changed.',
    text: 'These cells of the add-in’s columns were typed into after Remove asked, and Remove would delete them. The pane now shows the sheet as it is: press Remove again to see them in its question.',
    details: cells.slice(0, MAX_CELLS_LISTED),
  };
}

export interface KpiDerived {
  rows: MeasureRow[];
  /** Typed-over cells of the add-in's columns, as Remove's question named them. */
  typedOver: readonly string[];
}

/**
 * `working` is true while a button's work runs, set at once rather than at the next render,
 * so that the change events its own writes raise are not taken for edits in the sheet.
 */
export function useKpiActions(host: WorkbookHost, state: KpiState, dispatch: Dispatch<KpiAction>, { rows, typedOver }: KpiDerived, working: RefObject<boolean>) {
  const { table, saved, mapping, defaults, edits, mode } = state;

  const run = runAction(state, dispatch, working);

  const findTable = () =>
    run('find', async () => {
      const result = await host.readSelectedTable();
      if (result.kind === 'none') {
        dispatch({ type: 'failed', message: { intent: 'warning', title: 'No KPI table at the selected cell', text: result.reason } });
        return;
      }
      dispatch({ type: 'tableFound', table: result.table, owned: indexesIn(result.table, ownedColumns(result.table, saved)) });
    });

  /** `askPolarity`: stop to ask when rows have a target but no polarity, rather than write N/A for them. */
  const apply = (overwrite: boolean, askPolarity: boolean) =>
    run('apply', async () => {
      if (!table) return;
      const unjudged = rows.filter(needsPolarity).map((row) => row.index);
      if (askPolarity && unjudged.length > 0) {
        dispatch({ type: 'polarityAsked', rows: unjudged });
        return;
      }
      // The host reads the table back in the same batch, so the pane sees the columns as they now are.
      const { plan, table: now, settings, changed } = await runApply(host, { table, mapping, defaults, edits, mode, previous: saved, overwrite });
      if (changed.length > 0) {
        const current = await host.readTable(now.location, now);
        dispatch({
          type: 'appliedNothing',
          table: current.kind === 'table' ? current.table : now,
          settings,
          overwriteCells: null,
          message: {
            intent: 'warning',
            title: 'Nothing was written: the sheet changed.',
            text: 'These cells changed after the pane read the table, and Apply would have written over them. The pane now shows the sheet as it is: check the measures, then apply again.',
            details: changed.slice(0, MAX_CELLS_LISTED),
          },
        });
        return;
      }
      if (plan.kind !== 'ready') {
        const message =
          plan.kind === 'blocked'
            ? {
                intent: 'error' as const,
                title: 'Nothing was written.',
                text: `Fix ${plural(plan.problems.length, 'problem')} first, then apply again:`,
                details: groupReasons(plan.problems.map(({ index, name, message }) => ({ index, name, reason: message }))).map(
                  (group) => `${group.rows.map((row) => row.name).join(', ')}: ${group.reason}`,
                ),
              }
            : null;
        dispatch({ type: 'appliedNothing', table: now, settings, message, overwriteCells: plan.kind === 'confirm' ? plan.cells : null });
        return;
      }
      const rated = plan.rows.filter((row) => row.status.kind === 'rated').length;
      const status = `Applied (${MODE_NAMES[mode]}): wrote ratings for ${plural(rated, 'measure')} in ${describeTablePlace(now.location)}.`;
      dispatch({ type: 'applied', table: now, settings: plan.settings, status, message: listedMessage(plan.listed) });
    });

  /** `deleteSheets`: the add-in's sheets the user ticked to delete in the Remove question. */
  const remove = (deleteSheets: readonly string[]) =>
    run('remove', async () => {
      if (!table || !saved) return;
      // Decided from the sheet as it is now: the user may have changed a column or a dropdown since the pane read it.
      const current = await host.readTable(table.location, table);
      if (current.kind === 'none') {
        dispatch({ type: 'failed', message: { intent: 'warning', title: 'Nothing was removed.', text: current.reason } });
        return;
      }
      // Only sheets still under the recorded name are the add-in's: a renamed one is not looked for.
      const chosen = deleteSheets.filter((sheet) => ownedSheets(saved).includes(sheet));
      const deletion = chosen.length > 0 ? { present: await host.sheetNames(), chosen } : null;
      const { removal, missing, keptSheets, kept, typedOver: typedNow } = planRemoval(current.table, saved, deletion);
      const unasked = typedNow.filter((cell) => !typedOver.includes(cell));
      if (unasked.length > 0) {
        dispatch({ type: 'appliedNothing', table: current.table, settings: saved, overwriteCells: null, message: typedSinceAsked(unasked) });
        return;
      }
      const after = await host.remove(removal);
      dispatch({ type: 'removed', table: after, settings: kept, status: removedStatus(current.table, removal), message: removeWarning(missing, keptSheets) });
    });

  const insertSummary = () =>
    run('summary', async () => {
      const ragColumn = ragColumnOf(saved);
      if (!table || !saved || ragColumn === null) return;
      const taken = await host.sheetNames();
      // The sheet named in the settings is the add-in's own, kept from session to session; any other name is the user's.
      const recorded = saved.summarySheet;
      const ours = recorded !== null && taken.some((name) => sameSheetName(name, recorded));
      const sheetName = ours ? recorded : freeSheetName(taken);
      const settings: KpiSettings = { ...saved, summarySheet: sheetName };
      const period = ratedPeriod(table, mapping);
      const counted = await host.readTable(locationHolding(table.location, ragColumn), table);
      if (counted.kind !== 'table') throw new Error(counted.reason);
      // With the over-time columns, the variation × assurance matrix beside the RAG table.
      const overTime = overTimeField(counted.table, saved);
      await host.writeSummary(planSummary({ table: counted.table, ragColumn, period, inserted: new Date(), sheetName, settings: serializeSettings(settings), saved, ...overTime }));
      dispatch({ type: 'summaryInserted', settings, sheetName });
    });

  return {
    findTable,
    apply: () => apply(false, true),
    confirmOverwrite: () => apply(true, false),
    cancelOverwrite: () => dispatch({ type: 'overwriteCancelled' }),
    /** Apply after the polarity question: the rows still without one are written N/A. */
    applyWithoutPolarity: () => apply(false, false),
    closePolarityQuestion: () => dispatch({ type: 'polarityQuestionClosed' }),
    remove,
    insertSummary,
  };
}
