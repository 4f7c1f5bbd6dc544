// Benchmarks of the shipped artefacts: loads dist/functions.js as Excel would (no DOM) and
// times the custom functions; counts the round trips, rules and time of the task pane's
// Apply on the sync-counting fake Excel; prints bundle sizes. Figures are printed, never asserted.
// The bundle runs in this ordinary global context, as in Excel's runtime page: a vm sandbox
// (which the artefact test uses to prove nothing else is needed) makes every global lookup
// such as Math or Number go through interceptors and triples the times.
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const registered = {};
class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } }
globalThis.CustomFunctions = {
  associate: (id, fn) => { registered[id] = fn; },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};
globalThis.Office = { onReady: () => Promise.resolve({}), actions: { associate() {} } };
vm.runInThisContext(readFileSync('dist/functions.js', 'utf8'), { filename: 'dist/functions.js' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(label, runs, body) {
  body(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) body();
  const ms = (performance.now() - start) / runs;
  return { label, ms };
}
const line = ({ label, ms }, extra = '') => console.log(`${label.padEnd(46)} ${ms.toFixed(ms < 1 ? 4 : 1).padStart(10)} ms${extra}`);

const N = 100_000;
const actuals = Array.from({ length: N }, (_, i) => [0.5 + (i % 500) / 1000]);
const numericTargets = Array.from({ length: N }, (_, i) => [[0.86, 0.7, 0.9, 0.55][i % 4]]);
const textTargets = Array.from({ length: N }, (_, i) => [['86%', '>70%', '56-61%', '<90%'][i % 4]]);
const polarities = Array.from({ length: N }, (_, i) => [['H', 'High', 'Band', 'L'][i % 4]]);

// Per call: one scalar RAG, numeric and text targets, against a bare comparison in the same run.
const CALLS = 200_000;
let sink = 0;
const bare = time('bare comparison (per call)', 1, () => { for (let i = 0; i < CALLS; i++) sink += actuals[i % N][0] >= numericTargets[i % N][0] ? 1 : 0; });
const numeric = time('KPI.RAG numeric target (per call)', 1, () => { for (let i = 0; i < CALLS; i++) registered.RAG([[actuals[i % N][0]]], [[0.86]], [['High']], null, null); });
const text = time('KPI.RAG text target (per call)', 1, () => { for (let i = 0; i < CALLS; i++) registered.RAG([[actuals[i % N][0]]], [['86%']], [['High']], null, null); });
for (const r of [bare, numeric, text]) r.ms /= CALLS;
console.log(`\nFunctions layer (dist/functions.js), node ${process.version}`);
line(bare); line(numeric, `  (${(numeric.ms / bare.ms).toFixed(0)}x bare)`); line(text, `  (${(text.ms / numeric.ms).toFixed(2)}x numeric)`);
line(time(`KPI.RAG over ${N.toLocaleString()} rows, numeric targets`, 5, () => registered.RAG(actuals, numericTargets, polarities.map(([p]) => [p === 'Band' ? 'H' : p]), [['5pp']], [['0.5pp']])));
line(time(`KPI.RAG over ${N.toLocaleString()} rows, text targets`, 5, () => registered.RAG(actuals, textTargets, [['']], [['5pp']], [['0.5pp']])));
const counts = Array.from({ length: N }, (_, i) => [i % 2000]);
line(time(`KPI.RATE_CI over ${N.toLocaleString()} rows`, 3, () => registered.RATE_CI(counts, [[132603]], null, null)));

// KPI.SPC: a table of 200 measures × 36 months (one call per measure), and long series.
// One pass per rule, so the time per point should not grow with the series: compare the
// per-point figures. Medians of CPU time, since wall time on a shared machine counts the waits.
const monthly = (length, seed) => Array.from({ length }, (_, i) => [50 + ((i * 7919 + seed * 104729) % 23) - 11 + (i % 12 === 0 ? 9 : 0)]);
function cpuMedian(label, passes, body) {
  body(); // warm up
  const runs = [];
  for (let i = 0; i < passes; i++) {
    const start = process.cpuUsage();
    body();
    const used = process.cpuUsage(start);
    runs.push((used.user + used.system) / 1000);
  }
  return { label, ms: median(runs) };
}
const measures = Array.from({ length: 200 }, (_, m) => monthly(36, m));
const perPoint = ({ ms }, points) => `  (${((ms * 1000) / points).toFixed(2)} µs per point, CPU)`;
const table = cpuMedian('KPI.SPC, 200 measures × 36 points', 9, () => { for (const series of measures) registered.SPC(series, [['High']], null, null, null); });
line(table, perPoint(table, 200 * 36));
// Each rule is one pass, yet here the time per point steps up once between 10,000 and 20,000
// points (the machine's memory, we believe, not the method) and is flat from there: compare 20,000 with 80,000.
for (const points of [10_000, 20_000, 40_000, 80_000]) {
  const series = monthly(points, 1);
  const result = cpuMedian(`KPI.SPC, one series of ${points.toLocaleString()} points`, 9, () => registered.SPC(series, [['High']], null, null, null));
  line(result, perPoint(result, points));
}

// The pane's Apply path: bench/apply-bench.ts, compiled to CommonJS by `tsc -p bench` (see package.json).
const require = createRequire(import.meta.url);
// As in jest.config.js: office-addin-mock takes only host names from office-addin-manifest,
// whose ESM-only dependency not every Node 20 can require, so the tests' stub stands in.
const manifestPath = createRequire(require.resolve('office-addin-mock')).resolve('office-addin-manifest');
require.cache[manifestPath] = Object.assign(new Module(manifestPath), { exports: require('../test/support/office-addin-manifest-stub.js'), loaded: true });
const { applyFigures } = require('../node_modules/.cache/kpi-rag-bench/bench/apply-bench.js');

// rows, passes (the median time is printed), modes. At 50,000 rows only Portable, the mode that sends the most:
// one pass of the fake at that size takes minutes.
const SIZES = [[100, 31], [1_000, 11], [10_000, 3], [50_000, 1, ['portable']]];
const KINDS = [['range', false], ['table', true]];
const MODES = ['portable', 'live'];
const SYNC_STEPS = ['read', 'apply', 'applyAgain', 'switchMode', 'remove'];
const MS_STEPS = ['read', 'plan', 'apply', 'applyAgain', 'switchMode', 'remove'];
const LABELS = { applyAgain: 'again', switchMode: 'switch' };
const label = (step) => LABELS[step] ?? step;
const right = (cells, width) => cells.map((cell) => String(cell).padStart(width)).join('');
const trio = ({ applied, again, removed }) => `${applied} / ${again} / ${removed}`.padStart(19);
const place = (rows, kind, mode) => `${rows.padStart(6)}  ${kind.padEnd(7)}${mode.padEnd(9)}`;

for (const [, asTable] of KINDS) for (const mode of MODES) await applyFigures(100, asTable, mode); // warm up
console.log('\nTask pane buttons on the sync-counting fake Excel (OfficeWorkbookHost + planApply, as the pane calls them)');
console.log(`${''.padEnd(24)} | ${'context.sync() per press'.padEnd(35)} | ${'CF rules'.padEnd(19)} | ${'validations'.padEnd(19)} | ms per press (median)`);
console.log(`${place('rows', 'kind', 'mode')} | ${right(SYNC_STEPS.map(label), 7)} | apply/again/removed | apply/again/removed | ${right(MS_STEPS.map(label), 8)}`);
let coloured = 0;
const payloadRows = [];
for (const [rows, passes, modes = MODES] of SIZES) {
  for (const [kind, asTable] of KINDS) {
    for (const mode of modes) {
      const runs = [];
      for (let i = 0; i < passes; i++) runs.push(await applyFigures(rows, asTable, mode));
      const { syncs, bytes, rules, validations, colouredColumns } = runs[0];
      coloured = Math.max(coloured, colouredColumns);
      payloadRows.push({ where: place(rows.toLocaleString('en-GB'), kind, mode), syncs, bytes });
      const ms = MS_STEPS.map((step) => median(runs.map((run) => run.ms[step])).toFixed(1));
      console.log(`${place(rows.toLocaleString('en-GB'), kind, mode)} | ${right(SYNC_STEPS.map((step) => syncs[step]), 7)} | ${trio(rules)} | ${trio(validations)} | ${right(ms, 8)}`);
    }
  }
}
console.log(`kind: a plain range or an Excel table. read: Use selected table; plan: planApply for the first Apply (no syncs);
apply: one press of Apply (planned; checked against the sheet, written and read back in one batch); again: Apply again, in place;
switch: Apply after changing the output mode (Portable to Live removes the helper columns first; Live to Portable adds them);
remove: Remove, which reads the table as it is now and the sheet names, then removes (the summary sheet too). CF rules: in the workbook, for ${coloured} coloured column(s);
validations: list dropdowns. Times: median of ${SIZES.map(([, passes]) => passes).join(' / ')} passes, of the host, the planner and the fake
(read includes the fake's current-region search), not of Excel.`);

// Payload per press, as the fake estimates it (JSON of the commands sent and of the values loaded).
const MB = (bytes) => (bytes / 1e6).toFixed(2);
const BUDGET = 4e6;
console.log('\nPayload per press on the fake Excel: syncs, MB sent + received in all, and the largest single request / response (MB)');
console.log(`${place('rows', 'kind', 'mode')} | ${SYNC_STEPS.map((step) => label(step).padStart(24)).join(' |')}`);
let largest = 0;
for (const { where, syncs, bytes } of payloadRows) {
  const cells = SYNC_STEPS.map((step) => {
    const b = bytes[step];
    largest = Math.max(largest, b.largestRequest, b.largestResponse);
    return `${syncs[step]}: ${MB(b.sent)}+${MB(b.received)} (${MB(b.largestRequest)}/${MB(b.largestResponse)})`.padStart(24);
  });
  console.log(`${where} | ${cells.join(' |')}`);
}
console.log(`Largest request or response of any sync: ${MB(largest)} MB, ${largest <= BUDGET ? 'within' : 'OVER'} the 4 MB budget (Excel on the web refuses over 5 MB).
Each cell: syncs: MB sent + MB received (largest request / largest response).`);

await require('../node_modules/.cache/kpi-rag-bench/bench/pane-bench.js').printListFigures();

console.log('\nBundles (production build, dist/)');
for (const [file, role] of [['functions.js', 'custom functions'], ['taskpane.js', "task pane's production bundle"]]) {
  const bytes = readFileSync(`dist/${file}`);
  console.log(`${`${file} (${role})`.padEnd(46)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB minified  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KiB gzipped`);
}
if (sink < 0) console.log(sink);
