/**
 * KPI tables as sheets of cells, for tests that write workbooks: the councils' seed tables
 * as an analyst's Excel would hold them, and a generated table that covers every polarity,
 * target form, tolerance form and kind of actual the engine reads, with actuals exactly on
 * the threshold edges.
 */
import { type GridSheet } from '../../src/excel/file-host';
import { type CellValue } from '../../src/kpi/cell';
import { directionOfTravel } from '../../src/kpi/direction';
import { ragFor } from '../../src/kpi/rag';
import { readMeasureRule } from '../../src/kpi/rule';
import { targetEdges } from '../../src/kpi/thresholds';
import { DEFAULT_AMBER_TOLERANCE, DEFAULT_GREEN_TOLERANCE, parseTolerance, toleranceInUnits } from '../../src/kpi/tolerance';
import { BEDFORD_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { QUARTERLY_2024_25, QUARTERLY_HEADERS } from '../../src/demo/data/quarterly-2024-25';

export interface TypedCell {
  value: CellValue;
  numberFormat: string | null;
}

const PLAIN_NUMBER = /^\s*([-+]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)\s*(%?)\s*$/;

/**
 * What a cell holds after this text is typed into Excel: "54.0%" becomes 0.54 formatted
 * 0.0%, "1,156" becomes 1156 formatted #,##0; anything else ("84.5k", ">11%",
 * "462.0 (669 Adm's)") stays text. The number is read from the decimal text, as Excel
 * reads it (83.7% is 0.837, not 83.7 / 100).
 */
export function typedIntoExcel(text: string): TypedCell {
  const match = PLAIN_NUMBER.exec(text);
  if (!match || text.trim() === '') return { value: text === '' ? null : text, numberFormat: null };
  const [, sign, digits, decimals = '', percent] = match;
  const plain = digits.replace(/,/g, '');
  const value = Number(`${sign}${plain}${percent ? 'e-2' : ''}`);
  const places = decimals.length ? `.${'0'.repeat(decimals.length)}` : '';
  const numberFormat = percent ? `0${places}%` : digits.includes(',') ? `#,##0${places}` : null;
  return { value, numberFormat };
}

function gridFrom(sheet: string, headers: string[], rows: TypedCell[][], extra: Partial<GridSheet> = {}): GridSheet {
  return {
    sheet,
    rows: [headers, ...rows.map((row) => row.map((cell) => cell.value))],
    numberFormats: [headers.map(() => null), ...rows.map((row) => row.map((cell) => cell.numberFormat))],
    ...extra,
  };
}

const text = (value: string): TypedCell => ({ value: value === '' ? null : value, numberFormat: null });

/** Leicestershire's dashboard as typed into Excel, at A1 of sheet "Dashboard". */
export function leicestershireGrid(): GridSheet {
  return gridFrom(
    'Dashboard',
    ['Ref', 'Measure', 'Aim', 'Target', 'Actual', 'Previous', 'Reported RAG', 'Quartile'],
    LEICESTERSHIRE_2020_21.map((row) => [
      text(row.ref),
      text(row.measure),
      text(row.aim),
      typedIntoExcel(row.target),
      typedIntoExcel(row.actual),
      typedIntoExcel(row.previous),
      text(row.reportedRag),
      text(row.reportedQuartile),
    ]),
  );
}

/** Bedford's adult services table as typed into Excel: an Excel table at B3 of sheet "Adult services". */
export function bedfordGrid(): GridSheet {
  return gridFrom(
    'Adult services',
    ['Ref', 'Description', 'Polarity', 'Outturn 2020/21', 'Target 2021/22'],
    BEDFORD_2020_21.map((row) => [text(row.ref), text(row.description), text(row.polarity), typedIntoExcel(row.outturn), typedIntoExcel(row.target)]),
    { origin: { row: 2, column: 1 }, tableName: 'AdultServicesKPIs' },
  );
}

/** The demo's quarterly scorecard as typed into Excel, at A1 of sheet "Quarterly": several quarters of figures. */
export function quarterlyGrid(): GridSheet {
  return gridFrom(
    'Quarterly',
    [...QUARTERLY_HEADERS],
    QUARTERLY_2024_25.map((r) => [
      text(r.ref),
      text(r.indicator),
      text(r.goodIs),
      ...[r.lastYearQ3, r.q1, r.q2, r.q3, r.q3Target, r.yearEndTarget].map((cell) => (typeof cell === 'number' ? { value: cell, numberFormat: null } : typedIntoExcel(cell))),
      text(r.tolerance),
      text(r.commentary),
    ]),
  );
}

// ---------------------------------------------------------------------------------------
// The generated table

/** Deterministic pseudo-random numbers (mulberry32), so a failing row can be found again. */
export function randomSource(seed: number): { next(): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (items) => items[Math.floor(next() * items.length)], chance: (p) => next() < p };
}

/** As an analyst would type a computed figure: 12 significant digits (0.9 − 0.05 is 0.85). */
const typed = (value: number) => Number(value.toPrecision(12));
const pct = (value: number) => `${typed(value * 100)}%`;

type Family = 'High' | 'Low' | 'Band' | 'Target' | 'Context' | 'Blank';

const POLARITY_WORDS: Record<Family, readonly string[]> = {
  High: ['H', 'High', 'Higher is better', 'High %', 'High Rate', 'High Numbers', 'Up', 'RAG - High is good', 'high is good'],
  Low: ['L', 'Low', 'Lower is better', 'Low %', 'Low Rate', 'Low spend', 'Low Numbers/ Daily Rate', 'Down', 'RAG - Low is good'],
  Band: ['Band', 'Target Band Width', 'Range', 'Within band'],
  Target: ['Target', 'In-line with target', 'In line', 'On target'],
  Context: ['Context', 'Context only', 'Monitor', 'N/A', 'None', 'Not applicable', 'No judgement', 'BOB - Blue orange blue'],
  Blank: [''],
};

const NO_TARGETS: readonly CellValue[] = ['N/A', 'TBC', 'tbc', 'Monitor', 'Not Set', 'Baseline year', 'Context only', 'n/a', null, 'Green'];
const PERCENTS = [0.11, 0.3, 0.4, 0.56, 0.73, 0.86, 0.9, 0.99, 1];
const AMOUNTS = [10, 19.2, 553, 1050, 8.1, 727.8, 250, 17_200_000, 84_500];
const NO_DATA = ['AD', 'No return due to COVID-19', 'Survey not to be undertaken in 20-21 due to Covid-19', 'n/a', '-', 'awaiting data'];
// The last three have a non-breaking space, tab or line break that spreadsheet TRIM keeps: Portable writes them as fixed values.
const RATING_WORDS = ['G', 'amber', ' R ', 'Green', 'red', 'A', 'AMBER', 'g', '  green  ', 'Green\u00A0', 'G\t', 'amber\n'];
const NUMERIC_TEXT = ['84.5k', '54.0%', '1,156', "462.0 (669 Adm's)", '£5,343 (2019/20)', '1.04% (25 out of 1,406)'];
const AMBER_TOLERANCES: readonly CellValue[] = [null, null, '5pp', '5%', '10%', '2 pts', 0.05, '0.5pp', '0', 5, '1pp'];
const GREEN_TOLERANCES: readonly CellValue[] = [null, null, '0pp', '0.5pp', '1%', 0, 0.01, '0', '0.1pp', 1];

interface TargetCell {
  cell: CellValue;
  format: string | null;
  percent: boolean;
}

function targetFor(family: Family, random: ReturnType<typeof randomSource>): TargetCell {
  if (family !== 'Blank' && family !== 'Context' && random.chance(0.1)) return { cell: random.pick(NO_TARGETS), format: null, percent: false };
  const percent = random.chance(0.6);
  const p = random.pick(PERCENTS);
  const v = random.pick(AMOUNTS);
  const lo = random.pick([0.06, 0.1, 0.17, 0.56]);
  const hi = typed(lo + random.pick([0.05, 0.04, 0.1]));
  const choose = (options: TargetCell[]) => random.pick(options);
  const plainPercent = choose([
    { cell: p, format: '0%', percent: true },
    { cell: pct(p), format: null, percent: true },
  ]);
  const plainAmount = choose([
    { cell: v, format: null, percent: false },
    { cell: `${v} Days`, format: null, percent: false },
    { cell: v >= 1000 ? v.toLocaleString('en-GB') : String(v), format: null, percent: false },
  ]);
  switch (family) {
    case 'High':
      return percent
        ? choose([plainPercent, { cell: `>${pct(p)}`, format: null, percent: true }, { cell: `${pct(p)} or more`, format: null, percent: true }, { cell: `at least ${pct(p)}`, format: null, percent: true }])
        : choose([plainAmount, { cell: `>${v}`, format: null, percent: false }, { cell: '£17.2m', format: null, percent: false }, { cell: '84.5k', format: null, percent: false }]);
    case 'Low':
      return percent
        ? choose([plainPercent, { cell: `<${pct(p)}`, format: null, percent: true }, { cell: `${pct(p)} Or Less`, format: null, percent: true }, { cell: '5% Or Less', format: null, percent: true }])
        : choose([plainAmount, { cell: `<${v} (800 Adm's)`, format: null, percent: false }, { cell: '<553 (800 Adm\'s)', format: null, percent: false }, { cell: `at most ${v}`, format: null, percent: false }]);
    case 'Band':
      return percent
        ? choose([{ cell: `${typed(lo * 100)}-${typed(hi * 100)}%`, format: null, percent: true }, { cell: '56-61%', format: null, percent: true }, { cell: `${pct(lo)} to ${pct(hi)}`, format: null, percent: true }, plainPercent])
        : choose([{ cell: '10 to 15', format: null, percent: false }, { cell: `${v}-${typed(v * 1.2)}`, format: null, percent: false }, plainAmount]);
    case 'Target':
      return percent ? plainPercent : plainAmount;
    case 'Context':
      return choose([plainPercent, plainAmount, { cell: '>11%', format: null, percent: true }, { cell: '56-61%', format: null, percent: true }, { cell: 'N/A', format: null, percent: false }, { cell: null, format: null, percent: false }]);
    case 'Blank':
      return choose([
        { cell: `>${pct(p)}`, format: null, percent: true },
        { cell: `<${v}`, format: null, percent: false },
        { cell: '<553 (800 Adm\'s)', format: null, percent: false },
        { cell: '56-61%', format: null, percent: true },
        { cell: `${typed(lo * 100)}-${typed(hi * 100)}%`, format: null, percent: true },
        { cell: '5% Or Less', format: null, percent: true },
        { cell: `${v} or more`, format: null, percent: false },
        plainPercent,
        plainAmount,
        { cell: 'N/A', format: null, percent: false },
        { cell: null, format: null, percent: false },
      ]);
  }
}

/** Actuals exactly on every edge of the green and amber ranges (and the target's own edges), just off them, and beyond. */
function edgeActuals(polarity: string, target: CellValue, amber: CellValue, green: CellValue, percent: boolean): { on: number[]; near: number[] } {
  let edges: { low: number | null; high: number | null };
  try {
    const rule = readMeasureRule(polarity, target);
    if (rule.target.kind === 'none' || rule.polarity === 'Context') return { on: [], near: [] };
    edges = targetEdges(rule.polarity, rule.target);
  } catch {
    return { on: [], near: [] };
  }
  // Defaults as the table model applies them: points for percentage rows, relative for others.
  const amberTolerance = parseTolerance(amber ?? (percent ? '5pp' : '5%'), DEFAULT_AMBER_TOLERANCE, 'Amber tolerance');
  const greenTolerance = parseTolerance(green ?? (percent ? '0pp' : '0%'), DEFAULT_GREEN_TOLERANCE, 'Green tolerance');
  const scale = Math.max(Math.abs(edges.low ?? 0), Math.abs(edges.high ?? 0), percent ? 0.01 : 1);
  const step = percent ? 0.001 : typed(scale * 0.001);
  const on: number[] = [];
  const near: number[] = [];
  for (const edge of [edges.low, edges.high]) {
    if (edge === null) continue;
    for (const tolerance of [greenTolerance, amberTolerance]) {
      const width = toleranceInUnits(tolerance, edge);
      on.push(edge, typed(edge - width), typed(edge + width));
    }
  }
  for (const point of on) near.push(typed(point - step), typed(point + step));
  near.push(typed((edges.low ?? edges.high ?? 0) - 3 * scale * 0.1), typed((edges.high ?? edges.low ?? 0) + 3 * scale * 0.1));
  return { on, near };
}

function worksFor(row: CellValue[]): boolean {
  const [, , polarity, target, actual, previous, amber, green] = row;
  try {
    ragFor({ actual, target, polarity: polarity as string, amberTolerance: amber, greenTolerance: green });
    directionOfTravel({ current: actual, previous, polarity: polarity as string, target });
    return true;
  } catch {
    return false;
  }
}

export const GENERATED_HEADERS = ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Previous', 'Amber tolerance', 'Green tolerance'];

/**
 * `count` rows on sheet "Q1 KPIs" at A1: every polarity family (and its words), target form,
 * tolerance form and kind of actual, with a previous period. Rows the engine would refuse
 * (a whole-number percent against a % target, say) are drawn again, so Apply is not blocked.
 */
export function generatedGrid(count: number, seed = 20_210_401): GridSheet & { coverage: Record<string, number> } {
  const random = randomSource(seed);
  const coverage: Record<string, number> = {};
  const count_ = (what: string) => (coverage[what] = (coverage[what] ?? 0) + 1);
  const families: Family[] = ['High', 'Low', 'Band', 'Target', 'Context', 'Blank'];
  const rows: TypedCell[][] = [];
  for (let i = 0; rows.length < count; i++) {
    const ref = `G${rows.length + 1}`;
    if (rows.length % 97 === 50) {
      // A section heading: only a ref, so the row is not a measure.
      rows.push([text(`Section ${rows.length}`), ...Array.from({ length: 7 }, () => text(''))]);
      continue;
    }
    const family = families[rows.length % families.length];
    const polarity = random.pick(POLARITY_WORDS[family]);
    const target = targetFor(family, random);
    const amber = random.pick(AMBER_TOLERANCES);
    const green = random.pick(GREEN_TOLERANCES);
    const percent = target.percent;
    const { on, near } = edgeActuals(polarity, target.cell, amber, green, percent);
    const edges = [...on, ...near];

    let actual: CellValue;
    const kind = random.next();
    if (kind < 0.06) actual = random.pick(NO_DATA);
    else if (kind < 0.11) actual = random.pick(RATING_WORDS);
    else if (kind < 0.14) actual = null;
    else if (kind < 0.16) actual = random.pick(NUMERIC_TEXT);
    else if (on.length && kind < 0.55) actual = random.pick(on);
    else if (near.length && kind < 0.85) actual = random.pick(near);
    else actual = percent ? typed(random.next()) : typed(random.pick(AMOUNTS) * (0.5 + random.next()));
    if (typeof actual === 'number' && random.chance(0.02)) actual = actual + 1e-15; // float noise

    let previous: CellValue;
    const p = random.next();
    if (p < 0.12) previous = null;
    else if (p < 0.16) previous = random.pick(['AD', 'Survey is biennial and not completed in 2019-20', 'Green']);
    else if (p < 0.18) previous = random.pick(['60.9%', '176.5k (Apr-Nov 2019)', '5.5 per 100k pop (23 adm\'s)']);
    else if (p < 0.3 && typeof actual === 'number') previous = actual;
    else if (p < 0.34 && typeof actual === 'number') previous = typed(actual) === actual ? typed(actual - 1e-13 * Math.abs(actual)) : typed(actual);
    else if (edges.length && p < 0.6) previous = random.pick(edges);
    else previous = percent ? typed(random.next()) : typed(random.pick(AMOUNTS) * (0.5 + random.next()));

    const measure = `Generated measure ${rows.length + 1} (${family}${percent ? ', %' : ''})`;
    const values: CellValue[] = [ref, measure, polarity, target.cell, actual, previous, amber, green];
    if (!worksFor(values)) {
      if (i > count * 50) throw new Error('generatedGrid: too many rows refused by the engine');
      continue;
    }
    count_(`polarity ${family === 'Blank' ? 'blank' : family}`);
    count_(`target ${target.cell === null ? 'blank' : typeof target.cell === 'number' ? 'number' : NO_TARGETS.includes(target.cell) ? 'no-target word' : 'text'}`);
    if (typeof actual === 'number' && on.includes(actual)) count_('actual exactly on an edge');
    else if (typeof actual === 'number' && near.includes(actual)) count_('actual just off an edge, or beyond');
    else if (typeof actual === 'number') count_('actual other number');
    else if (actual === null) count_('actual blank');
    else if (RATING_WORDS.includes(actual as string)) count_('actual rating word');
    else if (NO_DATA.includes(actual as string)) count_('actual no-data text');
    else count_('actual numeric text');
    count_(`amber tolerance ${amber === null ? 'blank' : typeof amber}`);
    count_(`green tolerance ${green === null ? 'blank' : typeof green}`);
    count_(`previous ${previous === null ? 'blank' : typeof previous}`);
    const numberFormat = (value: CellValue) => (percent && typeof value === 'number' ? random.pick(['0.0%', '0%', '0.00%']) : null);
    rows.push([
      text(ref),
      text(measure),
      text(polarity),
      { value: target.cell, numberFormat: target.format },
      { value: actual, numberFormat: numberFormat(actual) },
      { value: previous, numberFormat: numberFormat(previous) },
      { value: amber, numberFormat: null },
      { value: green, numberFormat: null },
    ]);
  }
  coverage['section headings'] = rows.filter((row) => String(row[0].value).startsWith('Section')).length;
  return { ...gridFrom('Q1 KPIs', GENERATED_HEADERS, rows), coverage };
}
