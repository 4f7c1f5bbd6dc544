/**
 * Running one of the pane's buttons: one at a time, marked busy while it runs, and any
 * failure shown as a message saying what the add-in was trying to do.
 */
import { type Dispatch, type RefObject } from 'react';
import { errorMessage } from '../pane-message';
import { type BusyAction, type KpiAction, type KpiState } from '../state/kpi-reducer';

const ATTEMPTED: Record<BusyAction, string> = {
  find: 'read the selected table',
  apply: 'write the RAG columns',
  remove: 'remove the columns it added',
  summary: 'insert the summary sheet',
  overTime: 'write the variation and assurance columns',
  charts: 'write the XmR chart sheets',
};

/**
 * `working` is set at once rather than at the next render, so that the change events the
 * button's own writes raise are not taken for edits in the sheet.
 */
export function runAction(state: KpiState, dispatch: Dispatch<KpiAction>, working: RefObject<boolean>) {
  return async function run(action: BusyAction, work: () => Promise<void>): Promise<void> {
    if (state.busy !== null || working.current) return;
    working.current = true;
    dispatch({ type: 'started', action });
    try {
      await work();
    } catch (error) {
      dispatch({ type: 'failed', message: errorMessage(error, ATTEMPTED[action]) });
    } finally {
      working.current = false;
      dispatch({ type: 'finished' });
    }
  };
}
