/**
 * The sheets the add-in wrote and may take away again: the summary sheet Insert summary
 * recorded and the "Over time" step's XmR chart sheets. A sheet is known by the name it was
 * given, so one the user has renamed is no longer found, and is kept.
 */
import { type KpiSettings } from './settings';

/** The add-in's own sheets, by the names the settings recorded. */
export function ownedSheets(settings: KpiSettings | null): string[] {
  if (settings === null) return [];
  return [...(settings.summarySheet ? [settings.summarySheet] : []), ...(settings.chartSheets ?? [])];
}

/** The settings once the add-in's sheets are deleted: none of them is its own any more. */
export function withoutOwnedSheets(settings: KpiSettings): KpiSettings {
  const { chartSheets: _deleted, ...rest } = settings;
  return { ...rest, summarySheet: null };
}

/** Sheet names compare without case, as in Excel. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
