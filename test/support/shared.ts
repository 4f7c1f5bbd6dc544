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

/** `describe` when the reference file is present, `describe.skip` (with a notice) when not. */
export function describeReference(
  relative: string,
  name: string,
  body: (rows: Record<string, string>[]) => void,
): void {
  const rows = readReferenceCsv(relative);
  if (rows) describe(name, () => body(rows));
  else describe.skip(`${name} (skipped: ../shared/reference/${relative} absent)`, () => it('skipped', () => undefined));
}
