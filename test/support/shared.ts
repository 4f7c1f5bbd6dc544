/**
 * Reads published reference data from `../shared` beside the checkout. The files are
 * never copied into the project; when they are absent the tests that need them skip
 * and say so, so that a clone with no `../shared` still passes.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');

export function sharedPath(relative: string): string | null {
  const full = path.join(SHARED_DIR, relative);
  return fs.existsSync(full) ? full : null;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

/**
 * The rows of a reference CSV under `../shared/reference`, or null after printing a
 * notice that the tests using it are skipped.
 */
export function readReferenceCsv(relative: string): Record<string, string>[] | null {
  const full = sharedPath(path.join('reference', relative));
  if (!full) {
    console.warn(`NOTICE: ../shared/reference/${relative} is not present; its reference tests are skipped.`);
    return null;
  }
  return parseCsv(fs.readFileSync(full, 'utf8'));
}

/** Reference figures transcribed into the project (test/reference), in the published file's columns. */
export interface ReferenceTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** The transcribed table as the rows `parseCsv` gives for the published file. */
export function referenceRows(table: ReferenceTable): Record<string, string>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((name, i) => [name, row[i] ?? ''])));
}

/** Which rows a reference body is checking: the project's own transcription, or the full published file. */
export type ReferenceSet = 'transcribed' | 'full';

/** CI sets REQUIRE_REFERENCE=1: there, a missing ../shared/reference file fails instead of skipping. */
const REQUIRED = process.env.REQUIRE_REFERENCE === '1';

/**
 * Runs `body` on the subset transcribed into the project, always, so that a fresh clone
 * checks the method against published figures; and on the full published file when
 * `../shared/reference` holds it, where a test also checks that every transcribed row is in
 * the file with its figures unchanged. Without the file the full run skips with a notice,
 * or fails when REQUIRE_REFERENCE=1.
 */
export function describeReference(
  relative: string,
  name: string,
  body: (rows: Record<string, string>[], set: ReferenceSet) => void,
  transcribed?: ReferenceTable,
): void {
  const rows = readReferenceCsv(relative);
  if (transcribed) {
    describe(`${name}: the rows transcribed into test/reference`, () => {
      const own = referenceRows(transcribed);
      body(own, 'transcribed');
      if (rows) {
        it(`every transcribed row is in ../shared/reference/${relative}, figures unchanged`, () => {
          const published = new Set(rows.map((row) => JSON.stringify(row)));
          expect(own.filter((row) => !published.has(JSON.stringify(row)))).toEqual([]);
        });
        // The published files are never copied into the project: a transcription is a subset.
        it(`the transcription holds at most half of ../shared/reference/${relative}`, () => {
          expect(own.length).toBeLessThanOrEqual(rows.length / 2);
        });
      }
    });
  }
  if (rows) describe(name, () => body(rows, 'full'));
  else if (REQUIRED) {
    describe(name, () =>
      it(`needs ../shared/reference/${relative} (REQUIRE_REFERENCE=1)`, () => {
        throw new Error(`../shared/reference/${relative} is missing, and REQUIRE_REFERENCE=1 says the full set must run.`);
      }),
    );
  } else describe.skip(`${name} (skipped: ../shared/reference/${relative} absent)`, () => it('skipped', () => undefined));
}
