// Benchmarks of the shipped artefacts: loads dist/functions.js as Excel would (no DOM) and
// times the custom functions; prints bundle sizes. Figures are printed, never asserted.
// The bundle runs in this ordinary global context, as in Excel's runtime page: a vm sandbox
// (which the artefact test uses to prove nothing else is needed) makes every global lookup
// such as Math or Number go through interceptors and triples the times.
import { readFileSync } from 'node:fs';
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

console.log('\nBundles (production build)');
for (const file of ['functions.js', 'taskpane.js']) {
  const bytes = readFileSync(`dist/${file}`);
  console.log(`${file.padEnd(46)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB minified  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KiB gzipped`);
}
if (sink < 0) console.log(sink);
