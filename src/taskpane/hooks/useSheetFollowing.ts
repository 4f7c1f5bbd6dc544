/**
 * Follows edits made in the sheet while the pane is open: when the workbook says it changed,
 * the table is read again and the reducer keeps the mapping and the user's edits (see
 * carry-work.ts). Changes the pane's own writes cause are not followed: those writes already
 * return the table as they left it. A host without change events is simply not followed.
 */
import { type Dispatch, type RefObject, useEffect, useRef } from 'react';
import { ownedColumns } from '../../plan/apply-plan';
import { type KpiSettings } from '../../plan/settings';
import { type TableLocation, type WorkbookHost } from '../../excel/workbook-host';
import { type KpiAction } from '../state/kpi-reducer';
import { indexesIn } from './useKpiActions';

/** Typing a column of figures fires an event per cell: read once they pause. */
const SETTLE_MS = 250;

export function useSheetFollowing(
  host: WorkbookHost,
  location: TableLocation | null,
  /** True while a button's own reads and writes run (see useKpiActions). */
  working: RefObject<boolean>,
  saved: KpiSettings | null,
  dispatch: Dispatch<KpiAction>,
): void {
  // Read at event time, so a subscription lives as long as the table does, not one render.
  const now = useRef({ saved, location });
  now.current = { saved, location };
  // Subscribed per table, not per read: a read gives a new location object, often of the same table.
  const table = location && `${location.sheet}\u0000${location.headerRow}\u0000${location.firstColumn}`;
  useEffect(() => {
    if (table === null || host.onChanged === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const reread = async () => {
      const at = now.current.location;
      if (working.current || at === null) return;
      const result = await host.readTable(at);
      if (!live || working.current || result.kind !== 'table') return;
      dispatch({ type: 'tableRefreshed', table: result.table, owned: indexesIn(result.table, ownedColumns(result.table, now.current.saved)) });
    };
    const unsubscribe = host.onChanged(() => {
      if (working.current) return;
      clearTimeout(timer);
      // A read that fails here is retried at the next change; the buttons report their own failures.
      timer = setTimeout(() => void reread().catch(() => undefined), SETTLE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, table, working, dispatch]);
}
