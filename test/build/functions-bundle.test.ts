/**
 * dist/functions.js as Excel runs it: a script in a runtime that has CustomFunctions and
 * Office but no DOM (the shared runtime's page may have one; Excel's JavaScript-only
 * runtime and this `vm` do not). Excel passes every range-capable argument as a 2-D
 * array, an empty cell as null and an omitted optional argument as null; the answers
 * must be 2-D arrays of the same shape, or CustomFunctions.Error for #VALUE!.
 */
import * as fs from 'fs';
import * as vm from 'vm';
import { distPath, ensureDist } from '../support/dist';
import { FUNCTION_IDS } from '../support/function-catalogue';

const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

/** Stands in for CustomFunctions.Error: what Excel shows as #VALUE! with the message as its tooltip. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

type CustomFunction = (...args: unknown[]) => unknown;

/** Runs functions.js in a fresh context holding only CustomFunctions and Office; returns what it associated. */
function loadBundle(): Map<string, CustomFunction> {
  const associated = new Map<string, CustomFunction>();
  const associate = (idOrMap: string | Record<string, CustomFunction>, fn?: CustomFunction) => {
    const entries = typeof idOrMap === 'string' ? [[idOrMap, fn] as const] : Object.entries(idOrMap);
    for (const [id, f] of entries) {
      if (associated.has(id)) throw new Error(`${id} is associated twice`);
      associated.set(id, f as CustomFunction);
    }
  };
  const context = vm.createContext({
    CustomFunctions: { associate, Error: ExcelError, ErrorCode: ERROR_CODES },
    Office: { onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) },
  });
  vm.runInContext(fs.readFileSync(distPath('functions.js'), 'utf8'), context, { filename: 'dist/functions.js' });
  return associated;
}

let functions: Map<string, CustomFunction>;

beforeAll(() => {
  ensureDist();
  functions = loadBundle();
}, BUILD_TIMEOUT_MS);

/** Calls a custom function as Excel does (sync or async); a thrown error comes back as `error`. */
async function call(id: string, ...args: unknown[]): Promise<{ value?: unknown; error?: unknown }> {
  const fn = functions.get(id);
  if (!fn) throw new Error(`KPI.${id} is not associated by dist/functions.js`);
  try {
    return { value: await fn(...args) };
  } catch (error) {
    return { error };
  }
}

/** The value of a call that must succeed, checked to be a 2-D array. */
async function matrix(id: string, ...args: unknown[]): Promise<unknown[][]> {
  const { value, error } = await call(id, ...args);
  if (error !== undefined) throw new Error(`KPI.${id} failed: ${(error as { message?: string }).message ?? String(error)}`);
  expect(Array.isArray(value)).toBe(true);
  for (const row of value as unknown[]) expect(Array.isArray(row)).toBe(true);
  return value as unknown[][];
}

/** The Excel error of a call that must fail: thrown or returned for the whole call, or placed in its (only) cell. */
async function excelError(id: string, ...args: unknown[]): Promise<unknown> {
  const { value, error } = await call(id, ...args);
  if (error !== undefined) return error;
  if (value instanceof ExcelError) return value;
  const cells = Array.isArray(value) ? (value as unknown[][]).flat() : [];
  return cells.find((cell) => cell instanceof ExcelError) ?? value;
}

describe('dist/functions.js', () => {
  it('runs with only CustomFunctions and Office defined (no window, document or self)', () => {
    expect(() => loadBundle()).not.toThrow();
  });

  it('associates exactly the catalogue of functions, each with a function', () => {
    expect([...functions.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const fn of functions.values()) expect(typeof fn).toBe('function');
  });

  it('does not carry React, which belongs to the task pane only', () => {
    const bundle = fs.readFileSync(distPath('functions.js'), 'utf8');
    expect(bundle).not.toMatch(/react\.(transitional\.)?element|__REACT_DEVTOOLS|react-dom/);
    expect(fs.readFileSync(distPath('taskpane.js'), 'utf8')).toMatch(/react\.(transitional\.)?element/);
  });

  it('never fetches chunks at run time', () => {
    const bundle = fs.readFileSync(distPath('functions.js'), 'utf8');
    expect(bundle).not.toMatch(/document\.currentScript|importScripts|webpackChunk/);
  });
});

describe('KPI.RAG in the bundle', () => {
  it('rates 84% against a target of 86%, high is good, as Amber with 5pp amber and 0.5pp green tolerance', async () => {
    expect(await matrix('RAG', [[0.84]], [['86%']], [['H']], [['5pp']], [['0.5pp']])).toEqual([['Amber']]);
  });

  it('takes omitted optional arguments as null', async () => {
    const rating = await matrix('RAG', [[0.9]], [['86%']], [['High']], null, null);
    expect(rating).toEqual([['Green']]);
  });

  it('gives No data for an empty actual cell', async () => {
    expect(await matrix('RAG', [[null]], [['86%']], [['High']], null, null)).toEqual([['No data']]);
  });

  it('spills one rating per row of a range, a single target serving every row', async () => {
    const ratings = await matrix('RAG', [[0.9], [0.84], [0.5]], [['86%']], [['High']], [['5pp']], null);
    expect(ratings).toEqual([['Green'], ['Amber'], ['Red']]);
  });

  it('answers an unknown polarity with #VALUE! naming it', async () => {
    const error = await excelError('RAG', [[0.84]], [['86%']], [['Sideways']], null, null);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).code).toBe(ERROR_CODES.invalidValue);
    expect((error as ExcelError).message).toContain('Sideways');
  });
});

describe('rates and intervals in the bundle', () => {
  it('gives 1197 events in 132,603 people as 902.7 per 100,000', async () => {
    const [[rate]] = await matrix('RATE_PER_100K', [[1197]], [[132603]]);
    expect(rate).toBeCloseTo(902.7, 1);
  });

  it('spills a lower and an upper limit for each row of a column: 2 rows in, 2 rows × 2 columns out', async () => {
    const limits = await matrix('RATE_CI', [[1197], [40]], [[132603], [50000]], null, null);
    expect(limits).toHaveLength(2);
    const rates = [902.69, 80];
    limits.forEach(([lower, upper], i) => {
      expect(typeof lower).toBe('number');
      expect(typeof upper).toBe('number');
      expect(lower as number).toBeLessThan(rates[i]);
      expect(upper as number).toBeGreaterThan(rates[i]);
    });
    for (const row of limits) expect(row).toHaveLength(2);
  });

  it('gives a proportion interval as one row of two proportions', async () => {
    const [[lower, upper], ...rest] = await matrix('PROPORTION_CI', [[84]], [[100]], null);
    expect(rest).toEqual([]);
    expect(lower as number).toBeGreaterThan(0.7);
    expect(lower as number).toBeLessThan(0.84);
    expect(upper as number).toBeGreaterThan(0.84);
    expect(upper as number).toBeLessThan(0.95);
  });
});

describe('KPI.VALUE in the bundle', () => {
  it('reads "84.5k" as 84500', async () => {
    expect(await matrix('VALUE', [['84.5k']])).toEqual([[84500]]);
  });

  it('spills a range in its own shape', async () => {
    const values = await matrix('VALUE', [['84.5k', '54.0%'], ['£5,343 (2019/20)', 12]]);
    expect(values).toHaveLength(2);
    expect(values[0][0]).toBe(84500);
    expect(values[0][1]).toBeCloseTo(0.54, 10);
    expect(values[1]).toEqual([5343, 12]);
  });
});

describe('the SPC and trend functions in the bundle', () => {
  const column = (cells: unknown[]) => cells.map((cell) => [cell]);
  const deviations = column([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);

  it('KPI.SPC spills 5 columns per point, screened by default: limits −0.72 to 4.6', async () => {
    const rows = await matrix('SPC', deviations, null, null, null, null);
    expect(rows).toHaveLength(18);
    expect(rows[0].slice(0, 3).map((x) => (x as number).toFixed(2))).toEqual(['1.94', '-0.72', '4.60']);
    expect(rows[4].slice(3)).toEqual(['Neutral', 'outside limits']);
  });

  it('KPI.VARIATION and KPI.ASSURANCE answer in one cell', async () => {
    expect(await matrix('VARIATION', deviations, [['High']], null, null, null)).toEqual([['Common cause']]);
    expect(await matrix('ASSURANCE', deviations, [[5]], [['Low']], null, null)).toEqual([['Consistently passing']]);
  });

  it('KPI.TREND and KPI.TREND_TEST take the last five points', async () => {
    const values = column([24.67, 24.6, 28, 30.2, 30.6]);
    const lower = column([23.16, 23.15, 26.44, 28.63, 28.98]);
    const upper = column([26.25, 26.19, 29.64, 31.9, 32.25]);
    expect(await matrix('TREND', values, lower, upper, [['High']], null, null)).toEqual([['Increasing and getting better']]);
    const [[chiSquared, , significant]] = await matrix('TREND_TEST', values, lower, upper, null, null);
    expect((chiSquared as number).toFixed(2)).toBe('46.77');
    expect(significant).toBe(true);
  });

  it('answers text among the values with #VALUE! naming the point', async () => {
    const error = await excelError('SPC', column([1, 2, 'AD']), null, null, null, null);
    expect((error as ExcelError).code).toBe(ERROR_CODES.invalidValue);
    expect((error as ExcelError).message).toContain("point 3 is 'AD'");
  });
});
