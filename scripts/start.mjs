/**
 * npm start: build the add-in for development (rebuilding on save), serve dist/ on
 * https://localhost:3000, and sideload the manifest into Excel where this machine can:
 *
 *   Windows  registers dist/manifest.xml under HKCU\Software\Microsoft\Office\16.0\WEF\Developer
 *            and opens Excel (the add-in is under Home > KPI RAG);
 *   macOS    copies it into Excel's wef folder and opens Excel;
 *   others   (or no Excel) prints how to upload it to Excel on the web.
 *
 * Options: --no-sideload (serve only), PORT=3001 to use another port.
 * Problems are reported in a sentence, never as a stack trace.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const MANIFEST = join(DIST, 'manifest.xml');
const PORT = Number(process.env.PORT || 3000);
const SIDELOAD = !process.argv.includes('--no-sideload');

/** The pages worth opening, printed once the server is up. */
const PAGES = [
  ['Demo (no Excel needed)', 'demo.html'],
  ['Task pane (also runs the functions)', 'taskpane.html'],
  ['Function help', 'help.html'],
  ['Manifest', 'manifest.xml'],
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.ico': 'image/x-icon',
};

class StartError extends Error {}

const say = (line = '') => console.log(line);
const warn = (line) => console.warn(`WARNING: ${line}`);

// ---------------------------------------------------------------------------------------
// HTTPS

async function serverOptions() {
  const { localhostHttpsOptions, CERT_DIR } = require('./dev-certs.cjs');
  const { options, trusted, problem } = await localhostHttpsOptions();
  if (options && trusted) return { scheme: 'https', options };
  if (options) {
    warn(`the development certificate is not trusted by this system (${problem}).`);
    say(`  Browsers and Excel will refuse https://localhost:${PORT} until you trust ${join(CERT_DIR, 'ca.crt')}`);
    say('  (import it as a certificate authority in your browser, or run `npx office-addin-dev-certs install` with sudo).');
    return { scheme: 'https', options };
  }
  warn(`no development certificate could be made (${problem}).`);
  say(`  Serving plain HTTP on http://localhost:${PORT}. Excel desktop will not load an add-in over HTTP;`);
  say('  fix the certificate (`npx office-addin-dev-certs install`) to sideload into Excel.');
  return { scheme: 'http', options: null };
}

// ---------------------------------------------------------------------------------------
// Build (webpack, development, watching)

async function buildAndWatch(baseUrl, onFirstSuccess) {
  process.env.ADDIN_BASE_URL = baseUrl;
  const webpack = require('webpack');
  const makeConfig = require(join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'development' });
  let built = false;
  const compiler = webpack(config);
  say('Building (development)...');
  compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    if (error) {
      console.error(`Build failed: ${error.message}`);
      return;
    }
    if (stats.hasErrors()) {
      console.error(stats.toString({ preset: 'errors-warnings', colors: process.stdout.isTTY }));
      console.error(built ? 'Rebuild failed; still serving the last good build.' : 'Build failed; fix the errors and save: it rebuilds on save.');
      return;
    }
    const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
    say(`${built ? 'Rebuilt' : 'Built'} dist/ in ${seconds}s.`);
    if (!built) {
      built = true;
      onFirstSuccess();
    }
  });
  return compiler;
}

// ---------------------------------------------------------------------------------------
// Serving dist/

function handleRequest(request, response) {
  const url = new URL(request.url, 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (pathname === '/') pathname = '/taskpane.html';
  const file = normalize(join(DIST, pathname));
  const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
  if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname}\n`);
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] || 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

function serve(scheme, options) {
  return new Promise((resolvePromise, reject) => {
    const server = scheme === 'https' ? createHttpsServer(options, handleRequest) : createHttpServer(handleRequest);
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') reject(new StartError(`port ${PORT} is already in use (is another \`npm start\` running?). Stop it, or run with PORT=${PORT + 1}.`));
      else reject(new StartError(`could not serve on port ${PORT}: ${error.message}`));
    });
    server.listen(PORT, 'localhost', () => resolvePromise(server));
  });
}

// ---------------------------------------------------------------------------------------
// Sideloading

function addinId() {
  const match = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'));
  if (!match) throw new StartError('dist/manifest.xml has no <Id>.');
  return match[1];
}

const WEF_DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_WEF_DIR = join(homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');
const MAC_EXCEL = '/Applications/Microsoft Excel.app';

function windowsHasExcel() {
  for (const hive of ['HKLM', 'HKCU']) {
    try {
      execFileSync('reg', ['query', `${hive}\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe`], { stdio: 'ignore' });
      return true;
    } catch {
      // not under this hive
    }
  }
  return false;
}

/** Sideloads into desktop Excel; returns a function that undoes it, or null when it could not. */
function sideload() {
  const id = addinId();
  if (process.platform === 'win32' && windowsHasExcel()) {
    execFileSync('reg', ['add', WEF_DEVELOPER_KEY, '/v', id, '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { stdio: 'ignore' });
    say(`Registered ${MANIFEST} as a developer add-in (${WEF_DEVELOPER_KEY}).`);
    spawn('cmd', ['/c', 'start', '', 'excel'], { detached: true, stdio: 'ignore' }).unref();
    say('Opening Excel: the add-in is on the Home tab (KPI RAG); type =KPI. in a cell for the functions.');
    return () => execFileSync('reg', ['delete', WEF_DEVELOPER_KEY, '/v', id, '/f'], { stdio: 'ignore' });
  }
  if (process.platform === 'darwin' && existsSync(MAC_EXCEL)) {
    mkdirSync(MAC_WEF_DIR, { recursive: true });
    const target = join(MAC_WEF_DIR, `${id}.manifest.xml`);
    copyFileSync(MANIFEST, target);
    say(`Copied the manifest to ${target}.`);
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    say('Opening Excel: the add-in is on the Home tab (KPI RAG); type =KPI. in a cell for the functions.');
    return () => rmSync(target, { force: true });
  }
  return null;
}

function printWebInstructions(baseUrl) {
  say('No desktop Excel to sideload into here. To try the add-in in Excel on the web:');
  say('  1. Open a workbook at https://www.office.com (Excel on the web) in a browser on this machine.');
  say(`  2. Make sure the browser accepts ${baseUrl}/taskpane.html (open it once; it should show "KPI RAG").`);
  say('  3. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in, and choose');
  say(`     ${MANIFEST}`);
  say('  4. The KPI RAG button appears on the Home tab; =KPI.RAG(...) and the other functions work in cells.');
}

// ---------------------------------------------------------------------------------------

async function main() {
  const { scheme, options } = await serverOptions();
  const baseUrl = `${scheme}://localhost:${PORT}`;
  if (process.env.ADDIN_BASE_URL && process.env.ADDIN_BASE_URL !== baseUrl) {
    warn(`ignoring ADDIN_BASE_URL=${process.env.ADDIN_BASE_URL}: npm start serves the add-in itself at ${baseUrl}.`);
  }
  // Serve first, so that a busy port is reported before anything is built over dist/.
  const server = await serve(scheme, options);
  let unsideload = null;
  const compiler = await buildAndWatch(baseUrl, () => {
    say('');
    say(`Serving dist/ at ${baseUrl}/`);
    for (const [what, page] of PAGES) say(`  ${what.padEnd(36)} ${baseUrl}/${page}`);
    say('');
    if (!SIDELOAD) say('Not sideloading (--no-sideload). Upload dist/manifest.xml to Excel to try it.');
    else {
      try {
        unsideload = sideload();
      } catch (error) {
        warn(`could not sideload into Excel: ${error.message.split('\n')[0]}`);
      }
      if (!unsideload) printWebInstructions(baseUrl);
    }
    say('');
    say('Rebuilding on save. Press Ctrl+C to stop.');
  });

  const stop = () => {
    say('\nStopping.');
    try {
      if (unsideload) unsideload();
    } catch {
      // already removed
    }
    compiler.close(() => undefined);
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(error) {
  const message = error instanceof StartError ? error.message : (error && error.message) || String(error);
  console.error(`npm start stopped: ${message.split('\n').slice(0, 3).join(' ')}`);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
main().catch(fail);
