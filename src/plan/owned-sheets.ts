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

/** The settings once `gone` (recorded names) are deleted: those are no longer its own; the rest still are. */
export function withoutOwnedSheets(settings: KpiSettings, gone: readonly string[]): KpiSettings {
  const isGone = (sheet: string) => gone.some((name) => sameSheetName(name, sheet));
  const summarySheet = settings.summarySheet !== null && isGone(settings.summarySheet) ? null : settings.summarySheet;
  return { ...settings, summarySheet, chartSheets: (settings.chartSheets ?? []).filter((sheet) => !isGone(sheet)) };
}

/** Sheet names compare without case, as in Excel. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
