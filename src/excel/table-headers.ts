/**
 * Excel keeps the headers of a table unique: a column added as "RAG" to a table that has a
 * "RAG" (in any case) becomes "RAG2", then "RAG3". Planning picks the header Excel would
 * give, so the add-in's record of its own column matches the sheet; hosts that model a
 * table apply the same rule.
 */

/** `wanted`, or the first of `wanted2`, `wanted3`… that no header in `headers` already is (case-insensitive). */
export function uniqueHeader(headers: readonly string[], wanted: string): string {
  const taken = new Set(headers.map((header) => header.trim().toLowerCase()));
  if (!taken.has(wanted.trim().toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
