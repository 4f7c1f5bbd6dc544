/**
 * LibreOffice, headless, as an independent spreadsheet engine for tests.
 *
 * LibreOffice keeps a formula cell's cached result when it converts a file, unless its
 * user profile says to recalculate on load (see ../shared/notes/spreadsheet-interop.md), so
 * every conversion here runs with a profile of its own whose OOXML and ODF recalculation
 * modes are 0, "always". Tests that need LibreOffice skip, saying so, where `soffice` is
 * not installed; CI installs it (Debian: `libreoffice-calc-nogui`).
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One conversion (all files in one `soffice` run) may take this long before it is killed. */
export const CONVERSION_TIMEOUT_MS = 400_000;

/** On the PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const full = path.join(dir, name);
    if (dir && fs.existsSync(full)) return full;
  }
  return null;
}

/**
 * `soffice` (or `libreoffice`) on the PATH, or null when LibreOffice is not installed.
 * `$SOFFICE` names the program instead; a name that does not exist means "not installed"
 * (SOFFICE=none shows what a machine without LibreOffice does).
 */
export function findSoffice(): string | null {
  const chosen = process.env.SOFFICE;
  if (chosen) return fs.existsSync(chosen) ? chosen : onPath(chosen);
  return onPath('soffice') ?? onPath('libreoffice');
}

/** The installed version, e.g. "LibreOffice 7.4.7.2 40(Build:2)". */
export function sofficeVersion(soffice: string): string {
  try {
    return execFileSync(soffice, ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return 'unknown version';
  }
}

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Makes a LibreOffice user profile under `dir` that recalculates every formula on load. */
export function makeRecalculatingProfile(dir: string): string {
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
  return dir;
}

export interface Conversion {
  /** The converted files, in the order of the inputs. */
  outputs: string[];
  milliseconds: number;
  log: string;
}

/**
 * Opens every input in LibreOffice (recalculating all formulas) and saves it as `format`
 * in `outDir`, in one `soffice` run. Inputs must not already be in `outDir`.
 */
export function convertWithLibreOffice(
  soffice: string,
  profileDir: string,
  inputs: readonly string[],
  format: 'xlsx' | 'pdf',
  outDir: string,
): Promise<Conversion> {
  fs.mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const args = [
    `-env:UserInstallation=${pathToFileURL(path.resolve(profileDir)).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--calc',
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...inputs.map((input) => path.resolve(input)),
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: CONVERSION_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const log = `${stdout}${stderr}`.trim();
      const outputs = inputs.map((input) => path.join(outDir, `${path.parse(input).name}.${format}`));
      const missing = outputs.filter((output) => !fs.existsSync(output));
      if (error || missing.length) {
        const why = error ? (error.killed ? `killed after ${CONVERSION_TIMEOUT_MS / 1000} s` : error.message) : 'exited normally';
        reject(new Error(`soffice --convert-to ${format} (${why}) left out ${missing.map((m) => path.basename(m)).join(', ') || 'nothing'}:\n${log}`));
        return;
      }
      resolve({ outputs, milliseconds: Date.now() - started, log });
    });
  });
}

/** `pdftotext` (poppler-utils) on the PATH, or null. */
export function findPdfToText(): string | null {
  return onPath('pdftotext');
}

export function pdfText(pdftotext: string, pdf: string): string {
  return execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
}
