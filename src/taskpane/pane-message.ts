/**
 * What the pane tells the user when something goes wrong: what happened and what to do,
 * in words, never an exception's own text or stack. Office.js errors carry a `code`; the
 * common ones get specific advice, everything else a general sentence.
 */
export interface PaneMessage {
  intent: 'error' | 'warning';
  title: string;
  text: string;
  /** Items to list under the text (measures to fix, say). */
  details?: string[];
}

const ADVICE_BY_CODE: Record<string, string> = {
  InvalidReference:
    'The table is not where the add-in last saw it: rows or columns may have moved. Select a cell in the table, choose "Use selected table", then try again.',
  ItemNotFound:
    'A sheet or table the add-in needs has been renamed or deleted. Select a cell in the table, choose "Use selected table", then try again.',
  AccessDenied:
    'Excel did not allow the change: the sheet or workbook may be protected or read-only. Unprotect it (Review tab) or save a copy you can edit, then try again.',
  EditModeCannotAcquireLock: 'Excel is busy with a cell you are editing. Finish editing the cell (press Enter or Esc), then try again.',
  InvalidOperationInCellEditMode: 'Excel is busy with a cell you are editing. Finish editing the cell (press Enter or Esc), then try again.',
};

function errorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** `attempted` completes "The add-in could not …", e.g. "write the RAG columns". */
export function errorMessage(error: unknown, attempted: string): PaneMessage {
  const code = errorCode(error);
  const advice =
    (code !== null && ADVICE_BY_CODE[code]) ||
    'Check that the workbook is open for editing and try again. If it happens again, close and reopen the task pane.';
  return { intent: 'error', title: `The add-in could not ${attempted}.`, text: advice };
}
