/**
 * The sheets the add-in wrote and owns: the summary sheet and the "Over time" step's XmR
 * chart sheets. Remove offers to delete exactly these, and a new run replaces them.
 */
import { type KpiSettings } from './settings';

export function ownedSheets(settings: KpiSettings | null): string[] {
  if (settings === null) return [];
  return [...(settings.summarySheet === null ? [] : [settings.summarySheet]), ...(settings.chartSheets ?? [])];
}
