/**
 * One notice per kind of problem, never one sentence per row: rows whose reasons differ only
 * in the figure or word quoted ("84.5k", 'lots') share a notice, which names the rows.
 */
export interface RowReason {
  index: number;
  name: string;
  reason: string;
}

export interface NoticeGroup {
  /** The reason: as given for a row alone, with quoted figures taken out for several. */
  reason: string;
  rows: { index: number; name: string }[];
}

const QUOTED = /\s*(?:"[^"]*"|'[^']*'|“[^”]*”)/g;

export function reasonKind(reason: string): string {
  return reason.replace(QUOTED, '').trim();
}

export function groupReasons(items: readonly RowReason[]): NoticeGroup[] {
  const groups = new Map<string, NoticeGroup>();
  for (const { index, name, reason } of items) {
    const kind = reasonKind(reason);
    const group = groups.get(kind);
    if (group) group.rows.push({ index, name });
    else groups.set(kind, { reason, rows: [{ index, name }] });
  }
  return [...groups.entries()].map(([kind, group]) => (group.rows.length > 1 ? { ...group, reason: kind } : group));
}
