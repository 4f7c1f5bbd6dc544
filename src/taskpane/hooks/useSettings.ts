/**
 * Reads the add-in's settings when the pane opens and, when they are good, the table they
 * point at, so reopening a workbook picks up where the last Apply left off. Unusable
 * settings give a warning and the defaults; nothing is written until the user applies again.
 */
import { useEffect, useState } from 'react';
import { type KpiSettings, parseSettings } from '../../plan/settings';
import { type TableSnapshot, type WorkbookHost } from '../../excel/workbook-host';
import { type PaneMessage, errorMessage } from '../pane-message';
import { describeTablePlace } from '../table-place';

export interface OpeningState {
  /** Settings of the last Apply, or null. */
  saved: KpiSettings | null;
  /** The table they point at, read again now, or null. */
  table: TableSnapshot | null;
  message: PaneMessage | null;
  /** What was restored, for the pane's status line. */
  status: string;
}

export type SettingsLoad = { phase: 'loading' } | ({ phase: 'ready' } & OpeningState);

async function openWorkbook(host: WorkbookHost): Promise<OpeningState> {
  const read = parseSettings(await host.readSettings());
  if (read.kind === 'none') return { saved: null, table: null, message: null, status: '' };
  if (read.kind === 'unusable') {
    return { saved: null, table: null, message: { intent: 'warning', title: 'Saved settings not used', text: read.warning }, status: '' };
  }
  const { settings } = read;
  const result = await host.readTable(settings.location);
  if (result.kind === 'none') {
    return {
      saved: settings,
      table: null,
      message: { intent: 'warning', title: 'The saved KPI table was not found', text: result.reason },
      status: '',
    };
  }
  return { saved: settings, table: result.table, message: null, status: `Restored the KPI table saved with this workbook: ${describeTablePlace(result.table.location)}.` };
}

export function useSettings(host: WorkbookHost): SettingsLoad {
  const [load, setLoad] = useState<SettingsLoad>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    openWorkbook(host)
      .catch((error: unknown): OpeningState => ({
        saved: null,
        table: null,
        message: errorMessage(error, 'read the settings saved in this workbook, so the defaults are shown'),
        status: '',
      }))
      .then((opening) => {
        if (current) setLoad({ phase: 'ready', ...opening });
      });
    return () => {
      current = false;
    };
  }, [host]);
  return load;
}
