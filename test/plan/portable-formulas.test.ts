/**
 * Portable formulas say what the engine says. 100,000 generated rows (every polarity, target
 * form, tolerance form and kind of actual, actuals exactly on the bounds, error actuals) are
 * planned as the pane plans them; every formula is evaluated by a small evaluator of the
 * formula subset Portable writes, and every RAG and DoT word must be the one `src/kpi` gives
 * for that row's cells. Then targets, tolerances and actuals are edited in the sheet, as a
 * colleague without the add-in would edit them, and the words must follow the engine again.
 * LibreOffice checks the same formulas as an independent engine (test/excel/libreoffice-recalc).
 */
import { type CellValue } from '../../src/kpi/cell';
import { directionOfTravel } from '../../src/kpi/direction';
import { KpiInputError } from '../../src/kpi/errors';
import { ragFor } from '../../src/kpi/rag';
import { readMeasureRule } from '../../src/kpi/rule';
import { ragRanges } from '../../src/kpi/thresholds';
import { PORTABLE_RULES } from '../../src/kpi/portable-rules';
import { parseTolerance } from '../../src/kpi/tolerance';
import { type ApplyPlan, planApply } from '../../src/plan/apply-plan';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { generatedGrid, randomSource } from '../support/kpi-grids';
import { PortableSheet, snapshotOfGrid } from '../support/portable-sheet';

type Ready = Extract<ApplyPlan, { kind: 'ready' }>;

const ROWS = 100_000;
/** Seconds of CPU on an idle machine (see the log); minutes when the machine is shared. */
const EVALUATING_MS = 300_000;
const COLUMNS = { polarity: 2, target: 3, actual: 4, previous: 5, amber: 6, green: 7 };
const text = (value: CellValue) => (value == null ? '' : String(value));
const typed = (value: number) => Number(value.toPrecision(12));

/** Every 53rd row's actual is an error from a lookup: the sheet holds #N/A, a host reads it as the text "#N/A". */
function withErrorActuals(table: TableSnapshot): Map<string, string> {
  const errors = new Map<string, string>();
  table.values.forEach((row, r) => {
    if (r % 53 === 7 && typeof row[COLUMNS.actual] === 'number') {
      row[COLUMNS.actual] = '#N/A';
      errors.set(`${r},${COLUMNS.actual}`, '#N/A');
    }
  });
  return errors;
}

function engineWords(sheet: PortableSheet, r: number): [string, string] {
  const at = (column: number): CellValue => {
    const shown = sheet.shown(r, column);
    return shown === undefined ? null : shown;
  };
  const polarity = text(at(COLUMNS.polarity));
  return [
    ragFor({ actual: at(COLUMNS.actual), target: at(COLUMNS.target), polarity, amberTolerance: at(COLUMNS.amber), greenTolerance: at(COLUMNS.green) }),
    directionOfTravel({ current: at(COLUMNS.actual), previous: at(COLUMNS.previous), polarity, target: at(COLUMNS.target) }),
  ];
}

interface Check {
  compared: number;
  /** Rows whose edited tolerances the engine refuses as green wider than amber: the formula must say Check. */
  checked: number;
  /** Rows whose edited tolerances the engine refuses for their scale (points on a count, a plain 7 on a %): no word to compare. */
  refused: number;
  mismatches: string[];
  words: Map<string, number>;
}

function compareAll(sheet: PortableSheet, plan: Ready, rows: Iterable<number>): Check {
  const rag = plan.settings.addedColumns.find((added) => added.kind === 'rag')!.column;
  const dot = plan.settings.addedColumns.find((added) => added.kind === 'direction')!.column;
  const check: Check = { compared: 0, checked: 0, refused: 0, mismatches: [], words: new Map() };
  for (const r of rows) {
    let expected: [string, string];
    try {
      expected = engineWords(sheet, r);
    } catch (error) {
      if (!(error instanceof KpiInputError)) throw error;
      if (!/wider than the amber tolerance/.test(error.message)) {
        check.refused += 1;
        continue;
      }
      check.checked += 1;
      if (sheet.shown(r, rag) !== PORTABLE_RULES.rag.checkTolerances) check.mismatches.push(`row ${r + 2}: green wider than amber, formulas ${JSON.stringify(sheet.shown(r, rag))}`);
      continue;
    }
    const got = [sheet.shown(r, rag), sheet.shown(r, dot)];
    check.compared += 1;
    for (const word of expected) check.words.set(word, (check.words.get(word) ?? 0) + 1);
    if (got[0] !== expected[0] || got[1] !== expected[1]) {
      const inputs = Object.entries(COLUMNS).map(([name, column]) => `${name} ${JSON.stringify(sheet.shown(r, column))}`).join(', ');
      check.mismatches.push(`row ${r + 2} (${inputs}): formulas ${JSON.stringify(got)}, engine ${JSON.stringify(expected)}`);
    }
  }
  return check;
}

const AMBER_EDITS: CellValue[] = ['3pp', '10%', 0.02, '1 pts', null, '2.5 percentage points', '0', 7];
const GREEN_EDITS: CellValue[] = ['0.5pp', '1%', 0, null, '0.1 PP'];

/** Edits a colleague makes after Apply: a new numeric target, new tolerances, an actual exactly on a new bound. */
function editRow(sheet: PortableSheet, r: number, random: ReturnType<typeof randomSource>): void {
  const target = sheet.value(r, COLUMNS.target) as number;
  const newTarget = random.pick([typed(target * 1.1), typed(target * 0.75), typed(target + 0.05), 0, -target]);
  const amber = random.pick(AMBER_EDITS);
  const green = random.pick(GREEN_EDITS);
  sheet.set(r, COLUMNS.target, newTarget);
  sheet.set(r, COLUMNS.amber, amber);
  if (random.chance(0.5)) sheet.set(r, COLUMNS.green, green);
  const rule = readMeasureRule(text(sheet.value(r, COLUMNS.polarity) as CellValue), newTarget);
  if (rule.target.kind === 'none' || !random.chance(0.6)) return;
  const ranges = ragRanges(
    rule.polarity,
    rule.target,
    parseTolerance(amber, { kind: 'relative', fraction: 0.05 }, 'Amber'),
    parseTolerance(sheet.value(r, COLUMNS.green) as CellValue, { kind: 'units', amount: 0 }, 'Green'),
  );
  const bounds = [ranges.green.from, ranges.green.to, ranges.amber.from, ranges.amber.to].filter((bound): bound is number => bound !== null);
  if (bounds.length) sheet.set(r, COLUMNS.actual, typed(random.pick(bounds)));
}

describe('Portable formulas, evaluated, give the engine’s words', () => {
  let table: TableSnapshot;
  let plan: Ready;
  let sheet: PortableSheet;
  let rated: number[];

  beforeAll(() => {
    let cpu = process.cpuUsage();
    const lap = (what: string) => { const used = process.cpuUsage(cpu); console.log(`${what}: ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`); cpu = process.cpuUsage(); };
    table = snapshotOfGrid(generatedGrid(ROWS, 20_210_402));
    lap('generate');
    const errors = withErrorActuals(table);
    const planned = planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: null, overwrite: false });
    if (planned.kind !== 'ready') throw new Error(`the plan is ${planned.kind}`);
    plan = planned;
    lap('plan');
    sheet = new PortableSheet(table, plan, errors);
    lap('sheet');
    rated = plan.rows.filter((row) => row.status.kind === 'rated').map((row) => row.index);
  }, 300_000);

  it('every column holds one formula: the same R1C1 text in every row', () => {
    expect(plan.portableFormulas.map((formula) => formula.kind).sort()).toEqual(
      ['amberFrom', 'amberShare', 'amberTo', 'amberUnits', 'direction', 'greenFrom', 'greenShare', 'greenTo', 'greenUnits', 'rag', 'targetFrom', 'targetTo'],
    );
    for (const { column, r1c1 } of plan.portableFormulas) {
      const write = plan.changes.columns.find((columnWrite) => columnWrite.column === column)!;
      // Each formula cell carries the column's one R1C1 text, which a host fills down as one formula.
      const seen = new Set(write.cells.flatMap((cell) => (cell !== null && !('value' in cell) ? ['formulaR1C1' in cell ? cell.formulaR1C1 : `A1: ${cell.formula}`] : [])));
      expect([...seen]).toEqual([r1c1]);
    }
  }, EVALUATING_MS);

  it('no formula holds a per-row figure: its only numbers are the rules’ own constants', () => {
    for (const { r1c1 } of plan.portableFormulas) {
      const numbers = r1c1.replace(/"[^"]*"/g, '').replace(/RC\d+/g, '').match(/\d+(?:\.\d+)?(?:E-?\d+)?/g) ?? [];
      expect([...new Set(numbers)].filter((n) => !['0', '1', '100', '1E-10', '0.05'].includes(n))).toEqual([]);
    }
  }, EVALUATING_MS);

  it(`on ${ROWS.toLocaleString('en-GB')} generated rows, every RAG and DoT word is the engine’s`, () => {
    const check = compareAll(sheet, plan, rated);
    console.log(`${check.compared} rated rows evaluated; words: ${[...check.words].map(([word, n]) => `${n} × ${word}`).join(', ')}`);
    expect(check.refused).toBe(0);
    expect(check.mismatches.slice(0, 10)).toEqual([]);
    expect(check.compared).toBeGreaterThan(0.9 * ROWS);
    for (const word of ['Green', 'Amber', 'Red', 'N/A', 'No data', 'Improved', 'Deteriorated', 'Unchanged', 'Increased', 'Decreased']) {
      expect(check.words.get(word)).toBeGreaterThan(100);
    }
  }, EVALUATING_MS);

  it('an error actual gives No data (or N/A when not rated), never the error', () => {
    const rag = plan.settings.addedColumns.find((added) => added.kind === 'rag')!.column;
    const errorRows = rated.filter((r) => table.values[r][COLUMNS.actual] === '#N/A');
    expect(errorRows.length).toBeGreaterThan(1000);
    const shown = new Set(errorRows.map((r) => sheet.shown(r, rag)));
    expect([...shown].sort()).toEqual(['N/A', 'No data']);
  }, EVALUATING_MS);

  it('after targets, tolerances and actuals are edited in the sheet, every live row’s words follow the engine', () => {
    const random = randomSource(7);
    const targetFrom = plan.settings.addedColumns.find((added) => added.kind === 'targetFrom')!.column;
    const edited = rated.filter((r) => typeof sheet.value(r, COLUMNS.target) === 'number' && sheet.isFormula(r, targetFrom) && typeof sheet.value(r, COLUMNS.actual) === 'number');
    for (const r of edited) editRow(sheet, r, random);
    const [rag, dot] = (['rag', 'direction'] as const).map((kind) => plan.settings.addedColumns.find((added) => added.kind === kind)!.column);
    const live = edited.filter((r) => sheet.isFormula(r, rag) && sheet.isFormula(r, dot));
    const check = compareAll(sheet, plan, live);
    // Green edited wider than amber gives Check, as the engine refuses it. Known gap: a tolerance of the wrong scale still gets a word (see the README).
    console.log(`${check.compared} rows edited after Apply, ${check.checked} green wider than amber (Check), ${check.refused} refused for scale; words: ${[...check.words].map(([word, n]) => `${n} × ${word}`).join(', ')}`);
    expect(check.mismatches.slice(0, 10)).toEqual([]);
    expect(check.checked).toBeGreaterThan(100);
    expect(check.compared).toBeGreaterThan(10_000);
    for (const word of ['Green', 'Amber', 'Red']) expect(check.words.get(word)).toBeGreaterThan(1000);
  }, EVALUATING_MS);
});
