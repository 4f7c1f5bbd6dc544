/**
 * The sheets the add-in wrote and may take away again: the summary sheet Insert summary
 * recorded (and, once the over-time step records them, its chart sheets). A sheet is known
 * by the name it was given, so one the user has renamed is no longer found, and is kept.
 */
import { type KpiSettings } from './settings';

/** The add-in's own sheets, by the names the settings recorded. */
export function ownedSheets(settings: KpiSettings | null): string[] {
  return settings?.summarySheet ? [settings.summarySheet] : [];
}

/** The settings once the add-in's sheets are deleted: none of them is its own any more. */
export function withoutOwnedSheets(settings: KpiSettings): KpiSettings {
  return { ...settings, summarySheet: null };
}

/** Sheet names compare without case, as in Excel. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
