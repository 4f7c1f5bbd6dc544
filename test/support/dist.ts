/**
 * The built add-in (dist/) for the tests of build artefacts. `npm test` builds before
 * jest runs; a bare `npx jest` builds here when dist/ is missing or older than its
 * sources, one test file at a time (a lock keeps parallel workers from building at once).
 */
import { execSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readBaseUrl } from '../../scripts/addin-base-url.cjs';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const distPath = (...parts: string[]): string => path.join(DIST, ...parts);

const ARTEFACTS = ['functions.js', 'functions.json', 'taskpane.html', 'help.html', 'manifest.xml', 'demo.html'];
const SOURCES = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts', 'package.json'];
const LOCK = path.join(os.tmpdir(), `kpi-addin-build-${crypto.createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Why dist/ must be (re)built, or null when it is complete and newer than its sources. */
function staleness(): string | null {
  const missing = ARTEFACTS.filter((file) => !fs.existsSync(distPath(file)));
  if (missing.length) return `dist/ lacks ${missing.join(', ')}`;
  if (/webpack-dev-server/.test(fs.readFileSync(distPath('functions.js'), 'utf8'))) return 'dist/ holds a dev-server build';
  const base = readBaseUrl(process.env);
  if (!fs.readFileSync(distPath('manifest.xml'), 'utf8').includes(`"${base}/taskpane.html"`)) return `dist/manifest.xml is not built for ${base}`;
  const built = Math.min(...ARTEFACTS.map((file) => fs.statSync(distPath(file)).mtimeMs));
  const changed = SOURCES.filter((source) => newestMtime(path.join(ROOT, source)) > built);
  return changed.length ? `${changed.join(', ')} changed since dist/ was built` : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs the production build with `env` added; throws its errors (not a stack) when it fails. */
export function runBuild(env: Record<string, string> = {}, extraArgs = ''): void {
  try {
    execSync(`npx webpack --mode production ${extraArgs}`, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'pipe',
      timeout: BUILD_TIMEOUT_MS,
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    const errors = output.split('\n').filter((line) => !/^npm warn/i.test(line)).slice(-40).join('\n');
    throw new Error(
      `The production build failed, so the built add-in cannot be tested.\n` +
        `(Does src/functions/functions.ts exist and build? Run \`npm run build\` to see everything.)\n\n${errors}`,
    );
  }
}

/** Makes sure dist/ holds a current production build. */
export function ensureDist(): void {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (staleness() === null) return;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Another worker is building: wait for it, or take over a lock left by a killed run.
      const lock = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another test worker to build dist/ (lock ${LOCK}).`);
      sleep(500);
      continue;
    }
    try {
      const reason = staleness();
      if (reason === null) return;
      console.warn(`NOTICE: building dist/ for the build tests (${reason}).`);
      runBuild();
      return;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
