/**
 * A fake Excel for tests and benchmarks: an in-memory workbook behind an object model that
 * keeps Office.js's rules where they decide cost and correctness.
 *
 * - Commands are queued and run only at `context.sync()`, in order; syncs are counted.
 * - A property can be read only after `load` and a sync (office-addin-mock's `OfficeMockObject`
 *   holds each loaded snapshot and enforces that), else reading it throws.
 * - Only members real Excel has exist: every member is declared against the @types/office-js
 *   class it imitates, so a misspelt member fails `tsc`; touching anything undeclared throws
 *   at run time ("is not in the object model"), and so does setting a read-only property.
 * - `getItem` of a missing sheet or table fails the sync with ItemNotFound; `*OrNullObject`
 *   gives a null object; a batch that ends with commands never synced throws.
 * - Every call, property set and load is logged, so tests can assert the exact commands.
 *
 * - Inserting cells (a table column added) moves the cells right of it in the table's rows,
 *   and deleting a table column moves them back, with their conditional formats and
 *   dropdowns; every A1 reference a formula on the sheet holds to a moved cell moves with
 *   it (relative and absolute alike), and one to a deleted cell becomes #REF!.
 * - A table's headers stay unique: a duplicate becomes "RAG2", as Excel renames it.
 * - Each sync's request and response are capped at Excel on the web's 5 MB, estimated as the
 *   JSON of the commands sent and of the values loaded; over it, the sync fails with
 *   RequestPayloadSizeLimitExceeded (nothing runs) or ResponsePayloadSizeLimitExceeded.
 *   `payloads` keeps each sync's estimate.
 *
 * It is fast enough for 50,000-row tables. What it does not do: calculate formulas (a
 * written formula shows "" as its value), structured references, or decide layout
 * questions only Excel can answer (see the notes on `TableColumnCollection.add` and
 * `Range.ungroup`).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress, type GridBlock, parseAddress, rangeAddress, SHEET_COLUMNS, sheetAddress } from '../../src/excel/a1';
import { RAG_PALETTE } from '../../src/plan/rag-palette';
import { surroundingRegion } from '../../src/excel/table-finding';
import { a1ToR1C1, mapA1References, r1c1ToA1 } from '../../src/excel/formula-refs';
import { uniqueHeader } from '../../src/excel/table-headers';
import { SETTINGS_KEY, type TableLocation, type WorkbookChanges } from '../../src/excel/workbook-host';

export type FakeValue = string | number | boolean;

const TYPED_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Apr 2024", "Apr-24", "April 2024" typed into Excel: the first of that month, as a date serial. */
function typedMonth(text: string): number | null {
  const match = /^\s*([a-z]{3})[a-z]*[\s-]+(\d{2}|\d{4})\s*$/i.exec(text);
  const month = match ? TYPED_MONTHS.indexOf(match[1].toLowerCase()) : -1;
  if (!match || month < 0) return null;
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return Date.UTC(year, month, 1) / 86_400_000 + 25_569;
}

/**
 * Text written through `values` or `formulas` is read as if typed: a leading apostrophe
 * keeps the rest as text; numbers, with thousands commas or a percent sign, the words TRUE
 * and FALSE, and a month with its year ("Apr 2024", "Apr-24", a date) become what they look
 * like. (Excel also reads other dates and currencies; the add-in writes every text with a
 * digit in it with an apostrophe.)
 */
export function typedIntoExcel(text: string): FakeValue {
  if (text.startsWith("'")) return text.slice(1);
  const month = typedMonth(text);
  if (month !== null) return month;
  const number = /^\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(%?)\s*$/.exec(text);
  if (number && /\d/.test(number[1])) {
    const value = Number(number[1].replace(/,/g, ''));
    return number[2] ? Number((value / 100).toPrecision(15)) : value;
  }
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toUpperCase() === 'TRUE';
  return text;
}

export interface FakeCell {
  /** What the cell shows; "" when empty (or for a formula the fake has not calculated). */
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
}

export interface FakeRule {
  block: GridBlock;
  type: string;
  operator?: string;
  formula1?: string;
  fill?: string;
  font?: string;
}

export interface FakeValidation {
  block: GridBlock;
  rule: Excel.DataValidationRule;
  /** Set after the rule, as Excel takes it; absent, Excel's default Stop alert. */
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string | undefined;
  title: string;
  legendVisible: boolean;
  position: string | null;
  /** As Excel makes them: one per column of the source (seriesBy Columns), then any added. */
  series: FakeSeries[];
}

/** A chart series: its cells as addresses, and how it is drawn (undefined: Excel's automatic choice). */
export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  lineStyle?: string;
  lineColor?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
}

export interface FakeTable {
  name: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Body rows. */
  rowCount: number;
  showHeaders: boolean;
}

/** One logged command: a method call (with args), a property set (with value), or a load. */
export interface FakeCall {
  object: string;
  member: string;
  args?: unknown[];
  value?: unknown;
}

/** An Office.js-style error: the sync that ran the failing command rejects with it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code:
      | 'ItemNotFound'
      | 'InvalidArgument'
      | 'InvalidOperation'
      | 'ItemAlreadyExists'
      | 'RequestPayloadSizeLimitExceeded'
      | 'ResponsePayloadSizeLimitExceeded',
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const EMPTY: FakeCell = { value: '', formula: null, numberFormat: 'General' };

function intersects(a: GridBlock, b: GridBlock): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

const RULE_TYPES: Record<keyof Excel.DataValidationRule, string> = {
  custom: 'Custom',
  date: 'Date',
  decimal: 'Decimal',
  list: 'List',
  textLength: 'TextLength',
  time: 'Time',
  wholeNumber: 'WholeNumber',
};

function overlapArea(a: GridBlock, b: GridBlock): number {
  const rows = Math.min(a.row + a.rowCount, b.row + b.rowCount) - Math.max(a.row, b.row);
  const columns = Math.min(a.column + a.columnCount, b.column + b.columnCount) - Math.max(a.column, b.column);
  return Math.max(0, rows) * Math.max(0, columns);
}

/**
 * `DataValidation.type` and `rule` over a block, as Excel reports them: None; the rule's
 * type when one rule covers every cell; MixedCriteria when some cells have none;
 * Inconsistent when cells have different rules. A mix gives no rule.
 */
function validationOver({ sheet, block }: { sheet: FakeSheet; block: GridBlock }): { type: string; rule: Excel.DataValidationRule | null } {
  const over = sheet.validations.filter((v) => intersects(v.block, block));
  if (over.length === 0) return { type: 'None', rule: null };
  const [first] = over;
  if (!over.every((v) => JSON.stringify(v.rule) === JSON.stringify(first.rule))) return { type: 'Inconsistent', rule: null };
  // Rules never overlap (setting one over another fails), so their areas add up.
  const covered = over.reduce((cells, v) => cells + overlapArea(v.block, block), 0);
  if (covered < block.rowCount * block.columnCount) return { type: 'MixedCriteria', rule: null };
  return { type: RULE_TYPES[Object.keys(first.rule)[0] as keyof Excel.DataValidationRule], rule: first.rule };
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly rules: FakeRule[] = [];
  readonly validations: FakeValidation[] = [];
  /** Outline level of each grouped column. */
  readonly outline = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly charts: FakeChart[] = [];
  /** What Apply set through `pageLayout`, and column widths in points. */
  readonly pageLayout: { orientation?: string; zoom?: unknown; titleRows?: string; titleColumns?: string } = {};
  readonly columnWidths = new Map<number, number>();
  readonly wrappedColumns = new Set<number>();
  /** As Excel's `Worksheet.visibility`. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(public name: string) {}

  get(row: number, column: number): FakeCell {
    return this.cells.get(row * SHEET_COLUMNS + column) ?? EMPTY;
  }

  put(row: number, column: number, cell: FakeCell): void {
    const key = row * SHEET_COLUMNS + column;
    if (cell.value === '' && cell.formula === null && cell.numberFormat === 'General') this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  isEmpty(row: number, column: number): boolean {
    const cell = this.get(row, column);
    return cell.value === '' && cell.formula === null;
  }

  /** Seeds a block from a 2-D array: strings starting "=" are formulas (showing ""). */
  fill(row: number, column: number, rows: readonly (readonly (FakeValue | null)[])[]): void {
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const formula = typeof value === 'string' && value.startsWith('=') ? value : null;
        this.put(row + r, column + c, { ...this.get(row + r, column + c), value: formula || value === null ? '' : value, formula });
      }),
    );
  }

  /** Values of a block, as `Range.values` gives them. */
  read(address: string): FakeValue[][] {
    return this.map(parseAddress(address), (cell) => cell.value);
  }

  /** Formulas of a block, as `Range.formulas` gives them (the value where there is no formula). */
  readFormulas(address: string): FakeValue[][] {
    return this.map(parseAddress(address), (cell) => cell.formula ?? cell.value);
  }

  readNumberFormats(address: string): string[][] {
    return this.map(parseAddress(address), (cell) => cell.numberFormat);
  }

  map<T>(block: GridBlock, f: (cell: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < block.rowCount; r++) {
      const row: T[] = [];
      for (let c = 0; c < block.columnCount; c++) row.push(f(this.get(block.row + r, block.column + c)));
      out.push(row);
    }
    return out;
  }

  /** Excel's current region (Ctrl+*) around a cell. */
  region(row: number, column: number): GridBlock {
    return surroundingRegion((r, c) => !this.isEmpty(r, c), row, column);
  }

  /**
   * Inserts (`by` 1) or deletes (-1) the cells at `column` in rows [top, bottom]: the cells
   * from there on in those rows move, with their rules and dropdowns, and the references
   * formulas on the sheet hold to them move too (to a deleted cell: #REF!).
   */
  moveCells(top: number, bottom: number, column: number, by: 1 | -1): void {
    const inRows = (row: number) => row >= top && row <= bottom;
    const gone = { row: top, column, rowCount: bottom - top + 1, columnCount: 1 };
    if (by === -1) {
      this.clear(gone, 'All');
      this.rules.splice(0, this.rules.length, ...this.rules.filter((rule) => !intersects(rule.block, gone)));
      this.validations.splice(0, this.validations.length, ...this.validations.filter((v) => !intersects(v.block, gone)));
    }
    const from = by === 1 ? column : column + 1;
    const moved: [number, number, FakeCell][] = [];
    for (const [key, cell] of this.cells) {
      const r = Math.floor(key / SHEET_COLUMNS);
      const c = key % SHEET_COLUMNS;
      if (inRows(r) && c >= from) moved.push([r, c, cell]);
    }
    for (const [r, c] of moved) this.cells.delete(r * SHEET_COLUMNS + c);
    for (const [r, c, cell] of moved) this.put(r, c + by, cell);
    for (const holder of [...this.rules, ...this.validations]) {
      const b = holder.block;
      if (b.column >= from && b.row >= top && b.row + b.rowCount - 1 <= bottom) holder.block = { ...b, column: b.column + by };
    }
    for (const [key, cell] of this.cells) {
      if (cell.formula === null) continue;
      const formula = mapA1References(cell.formula, (ref) => {
        if (!inRows(ref.row) || ref.column < column) return ref;
        if (by === -1 && ref.column === column) return null;
        return { ...ref, column: ref.column + (ref.column >= from ? by : 0) };
      });
      if (formula !== cell.formula) this.cells.set(key, { ...cell, formula });
    }
  }

  /** Clears cells inside a block (every cell, or only contents or only formats). */
  clear(block: GridBlock, what: 'All' | 'Contents' | 'Formats'): void {
    for (const [key, cell] of [...this.cells]) {
      const r = Math.floor(key / SHEET_COLUMNS);
      const c = key % SHEET_COLUMNS;
      if (!intersects(block, { row: r, column: c, rowCount: 1, columnCount: 1 })) continue;
      if (what === 'Formats') this.put(r, c, { ...cell, numberFormat: 'General' });
      else if (what === 'Contents') this.put(r, c, { ...cell, value: '', formula: null });
      else this.cells.delete(key);
    }
  }

  /** Conditional-format rules, with their range written in A1. */
  rulesAt(address: string): FakeRule[] {
    const block = parseAddress(address);
    return this.rules.filter((rule) => rangeAddress(rule.block.row, rule.block.column, rule.block.rowCount, rule.block.columnCount) === rangeAddress(block.row, block.column, block.rowCount, block.columnCount));
  }
}

// ---- The object model -------------------------------------------------------------------

type Member<T> = Extract<keyof T, string>;
type MethodOf<F> = F extends (...args: infer A) => unknown ? (...args: A) => unknown : never;

/** One fake Office.js object, declared against the Excel class `T` it imitates. */
interface NodeSpec<T> {
  kind: string;
  label: string;
  /** Properties that `load` can read, each with how to read it from the workbook (at sync time). */
  loadable?: { [K in Member<T>]?: () => unknown };
  /** Settable properties: the command run at sync time. */
  writable?: { [K in Member<T>]?: (value: T[K]) => void };
  methods?: { [K in Member<T>]?: MethodOf<T[K]> };
  /** Navigation properties (other objects). */
  children?: { [K in Member<T>]?: () => object };
  /** For collections: the items, read at sync time. */
  items?: () => object[];
  /** For `*OrNullObject` results: whether the object is missing, decided at sync time. */
  isNull?: () => boolean;
}

interface Node {
  kind: string;
  label: string;
  loadable: Record<string, () => unknown>;
  writable: Record<string, (value: never) => void>;
  methods: Record<string, (...args: never[]) => unknown>;
  children: Record<string, () => object>;
  items?: () => object[];
  isNull?: () => boolean;
  // State
  nullness: boolean | null;
  mock: OfficeMockObject | null;
  loadedKeys: Set<string>;
  pendingKeys: Set<string>;
  /** Loaded keys holding a plain object (a DataValidationRule), kept as JSON in the mock. */
  objectKeys: Set<string>;
  written: Map<string, unknown>;
  childCache: Map<string, object>;
}

const MOCK_ERROR = /^Error, /;
/** Excel on the web's cap on each request and each response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** A payload's size as sent: its JSON in UTF-8, where "£" is 2 bytes and "–" 3. */
function wireBytes(content: unknown): number {
  return Buffer.byteLength(JSON.stringify(content) ?? '', 'utf8');
}
/** What one action or object path adds to a request besides its arguments (ids, type, names). */
const ACTION_BYTES = 100;

/** One sync's payload, estimated as JSON: the commands sent, and the values loaded. */
export interface FakePayload {
  request: number;
  response: number;
}
/** Keys JavaScript itself (await, JSON, Jest's printer) may probe on any object. */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor']);

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, unknown>();
  active: { sheet: string; row: number; column: number } = { sheet: '', row: 0, column: 0 };
  syncCount = 0;
  batchCount = 0;
  readonly calls: FakeCall[] = [];
  /** Every member the code touched, as "Class.member", to look up its requirement set. */
  readonly membersUsed = new Set<string>();
  /** Each sync's estimated payload, in order. */
  readonly payloads: FakePayload[] = [];
  private requestBytes = 0;
  private responseBytes = 0;

  private queue: (() => void)[] = [];
  private toSync: OfficeMockObject[] = [];
  private nodes = new WeakMap<object, Node>();
  private rangeRefs = new WeakMap<object, () => { sheet: FakeSheet; block: GridBlock }>();

  // ---- Workbook set-up and inspection ----

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (this.active.sheet === '') this.active = { sheet: name, row: 0, column: 0 };
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`no sheet "${name}" in the fake workbook`);
    return found;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  select(sheet: string, row: number, column: number): void {
    this.active = { sheet, row, column };
  }

  /** Logged commands for one member, e.g. `callsTo('formulas')`. */
  callsTo(member: string): FakeCall[] {
    return this.calls.filter((call) => call.member === member);
  }

  /** All conditional-format rules in the workbook. */
  get ruleCount(): number {
    return this.sheets.reduce((n, sheet) => n + sheet.rules.length, 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.batchCount = 0;
    this.calls.length = 0;
    this.payloads.length = 0;
  }

  /** Stands in for `Excel.run`. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.batchCount += 1;
    this.queue = [];
    this.toSync = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    // The fake stands in for the real context; its members are declared against Excel's types.
    const context = this.requestContext() as unknown as Excel.RequestContext;
    const result = await batch(context);
    if (this.queue.length > 0) {
      const left = this.queue.length;
      this.queue = [];
      throw new Error(`the batch ended with ${left} queued command(s) never sent by context.sync()`);
    }
    return result;
  };

  // ---- Machinery ----

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private needSheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The worksheet "${name}" does not exist.`);
    return sheet;
  }

  private deleteSheet(doomed: FakeSheet): void {
    // The typings: deleting a very hidden sheet fails with InvalidOperation.
    if (doomed.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', `"${doomed.name}" is very hidden and cannot be deleted.`);
    if (doomed.visibility === 'Visible' && !this.sheets.some((other) => other !== doomed && other.visibility === 'Visible')) {
      throw new FakeOfficeError('InvalidOperation', `"${doomed.name}" is the workbook's last visible sheet and cannot be deleted.`);
    }
    this.sheets.splice(this.sheets.indexOf(doomed), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet.toLowerCase() === doomed.name.toLowerCase()) this.tables.splice(i, 1);
  }

  private needTable(name: string): FakeTable {
    const table = this.table(name);
    if (!table) throw new FakeOfficeError('ItemNotFound', `The table "${name}" does not exist.`);
    return table;
  }

  private enqueue(command: () => void): void {
    this.queue.push(command);
  }

  private noteRequest(content: unknown): void {
    this.requestBytes += ACTION_BYTES + wireBytes(content);
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const request = this.requestBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    try {
      if (request > PAYLOAD_LIMIT_BYTES) {
        this.payloads.push({ request, response: 0 });
        throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `the request payload of about ${request} bytes is over the ${PAYLOAD_LIMIT_BYTES}-byte limit`);
      }
      // Commands may queue more (a collection's items load their own properties): run until none is left.
      for (let commands = this.queue; commands.length > 0; commands = this.queue) {
        this.queue = [];
        for (const command of commands) command();
      }
      const response = this.responseBytes;
      this.payloads.push({ request, response });
      if (response > PAYLOAD_LIMIT_BYTES) {
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `the response payload of about ${response} bytes is over the ${PAYLOAD_LIMIT_BYTES}-byte limit`);
      }
      for (const mock of this.toSync) await mock.sync();
      // office-addin-mock settles loaded values in microtasks after its sync resolves.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      // Office.js drops the rest of a batch after a failing command.
      this.queue = [];
      this.toSync = [];
    }
  }

  private make<T>(spec: NodeSpec<T>): object {
    const node: Node = {
      kind: spec.kind,
      label: spec.label,
      loadable: { ...spec.loadable } as Record<string, () => unknown>,
      writable: { ...spec.writable } as Record<string, (value: never) => void>,
      methods: { ...spec.methods } as Record<string, (...args: never[]) => unknown>,
      children: { ...spec.children } as Record<string, () => object>,
      items: spec.items,
      isNull: spec.isNull,
      nullness: null,
      mock: null,
      loadedKeys: new Set(),
      pendingKeys: new Set(),
      objectKeys: new Set(),
      written: new Map(),
      childCache: new Map(),
    };
    if (node.isNull) {
      const decide = node.isNull;
      this.enqueue(() => {
        node.nullness = decide();
      });
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- inside the Proxy's handler, `this` is the handler
    const excel = this;
    const proxy: object = new Proxy(
      {},
      {
        get(_target, key) {
          if (typeof key === 'symbol' || PROBES.has(key)) return undefined;
          excel.membersUsed.add(`${node.kind}.${key}`);
          if (key === 'load') {
            return (what?: unknown) => {
              excel.calls.push({ object: node.label, member: 'load', args: [what] });
              excel.noteRequest(what);
              excel.load(node, what);
              return proxy;
            };
          }
          if (key === 'isNullObject') {
            if (node.nullness === null && node.isNull) throw new Error(`${node.label}.isNullObject was read before context.sync()`);
            return node.nullness ?? false;
          }
          const method = node.methods[key];
          if (method) {
            return (...args: never[]) => {
              excel.calls.push({ object: node.label, member: key, args });
              excel.noteRequest(args);
              return method(...args);
            };
          }
          const child = node.children[key];
          if (child) {
            if (!node.childCache.has(key)) node.childCache.set(key, child());
            return node.childCache.get(key);
          }
          if (key in node.loadable || (key === 'items' && node.items)) return excel.read(node, key);
          if (node.written.has(key)) return node.written.get(key);
          throw new TypeError(`${node.kind}.${key} is not in the object model (${node.label})`);
        },
        set(_target, key, value: never) {
          const write = typeof key === 'string' ? node.writable[key] : undefined;
          if (typeof key !== 'string' || !write) throw new TypeError(`${node.kind}.${String(key)} cannot be set (${node.label})`);
          excel.membersUsed.add(`${node.kind}.${key}`);
          excel.calls.push({ object: node.label, member: key, value });
          excel.noteRequest(value);
          node.written.set(key, value);
          excel.enqueue(() => write(value));
          return true;
        },
      },
    );
    this.nodes.set(proxy, node);
    return proxy;
  }

  /** `load`: property names ("a, b"), paths ("items/name", "worksheet/name") or load options objects. */
  private load(node: Node, what: unknown): void {
    const paths: string[] = [];
    const nested: [string, unknown][] = [];
    if (what === undefined) paths.push(...Object.keys(node.loadable));
    else if (typeof what === 'string') paths.push(...what.split(',').map((p) => p.trim()).filter(Boolean));
    else if (Array.isArray(what)) paths.push(...what.map(String));
    else if (typeof what === 'object' && what !== null) {
      for (const [key, option] of Object.entries(what)) {
        if (key.startsWith('$')) throw new Error(`${node.label}: load option ${key} is not supported by the fake`);
        if (option === true) paths.push(key);
        else if (typeof option === 'object' && option !== null) nested.push([key, option]);
      }
    }
    if (node.items) {
      // On a collection, every path (with or without "items/") and option applies to each item.
      const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
      const itemOptions = nested;
      node.pendingKeys.add('items');
      const items = node.items;
      this.enqueue(() => {
        const list = items();
        for (const item of list) {
          const itemNode = this.nodes.get(item)!;
          if (itemPaths.length) this.load(itemNode, itemPaths.join(','));
          for (const [key, option] of itemOptions) this.childLoad(itemNode, key, option);
        }
        this.snapshot(node, { items: list });
      });
      return;
    }
    const scalars: string[] = [];
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length) this.childLoad(node, head, rest.join('/'));
      else if (head in node.loadable) scalars.push(head);
      else if (node.children[head]) this.childLoad(node, head, undefined);
      else throw new TypeError(`${node.kind}.${head} cannot be loaded (${node.label})`);
    }
    for (const [key, option] of nested) this.childLoad(node, key, option);
    if (!scalars.length) return;
    scalars.forEach((key) => node.pendingKeys.add(key));
    this.enqueue(() => {
      const data: Record<string, unknown> = {};
      for (const key of scalars) data[key] = node.loadable[key]();
      this.snapshot(node, data);
    });
  }

  private childLoad(node: Node, key: string, what: unknown): void {
    const make = node.children[key];
    if (!make) throw new TypeError(`${node.kind}.${key} cannot be loaded (${node.label})`);
    if (!node.childCache.has(key)) node.childCache.set(key, make());
    this.load(this.nodes.get(node.childCache.get(key)!)!, what);
  }

  /** Hands a loaded snapshot to office-addin-mock, which releases it after the sync. */
  private snapshot(node: Node, data: Record<string, unknown>): void {
    this.responseBytes += wireBytes(data);
    const previous = node.mock;
    const merged: Record<string, unknown> = {};
    if (previous) for (const key of node.loadedKeys) merged[key] = previous[key];
    for (const [key, value] of Object.entries(data)) {
      // office-addin-mock would treat null as a nested object; it comes back as null below.
      // It would also make a plain object a nested mock with loads of its own, where Excel gives it whole.
      const whole = typeof value === 'object' && value !== null && !Array.isArray(value);
      merged[key] = value === null ? undefined : whole ? JSON.stringify(value) : value;
      if (whole) node.objectKeys.add(key);
      else node.objectKeys.delete(key);
      node.loadedKeys.add(key);
    }
    const mock = new OfficeMockObject(merged);
    mock.load(Object.keys(merged));
    node.mock = mock;
    this.toSync.push(mock);
  }

  private read(node: Node, key: string): unknown {
    if (node.written.has(key)) return node.written.get(key);
    if (!node.pendingKeys.has(key)) throw new Error(`PropertyNotLoaded: ${node.label}.${key} was read without load("${key}")`);
    if (!node.mock || !node.loadedKeys.has(key)) throw new Error(`PropertyNotLoaded: ${node.label}.${key} was read before context.sync()`);
    const value: unknown = node.mock[key];
    if (typeof value === 'string' && MOCK_ERROR.test(value)) throw new Error(`PropertyNotLoaded: ${node.label}.${key}: ${value}`);
    if (node.objectKeys.has(key) && typeof value === 'string') return JSON.parse(value) as unknown;
    return value === undefined ? null : value;
  }

  private rangeOf(proxy: object): { sheet: FakeSheet; block: GridBlock } {
    const ref = this.rangeRefs.get(proxy);
    if (!ref) throw new FakeOfficeError('InvalidArgument', 'expected a Range');
    return ref();
  }

  // ---- Excel objects ----

  private requestContext(): object {
    return this.make<Excel.RequestContext>({
      kind: 'RequestContext',
      label: 'context',
      children: { workbook: () => this.workbook() },
      methods: { sync: () => this.sync() },
    });
  }

  private workbook(): object {
    return this.make<Excel.Workbook>({
      kind: 'Workbook',
      label: 'workbook',
      children: {
        worksheets: () => this.worksheets(),
        tables: () => this.tableCollection(),
        settings: () => this.settingCollection(),
      },
      methods: {
        getActiveCell: () => {
          const { sheet, row, column } = this.active;
          return this.range(sheet, { row, column, rowCount: 1, columnCount: 1 });
        },
      },
    });
  }

  private worksheets(): object {
    return this.make<Excel.WorksheetCollection>({
      kind: 'WorksheetCollection',
      label: 'worksheets',
      items: () => this.sheets.map((sheet) => this.worksheet(() => sheet.name, sheet.name)),
      methods: {
        getItem: (key: string) => {
          this.enqueue(() => void this.needSheet(key));
          return this.worksheet(() => this.needSheet(key).name, key);
        },
        getItemOrNullObject: (key: string) => this.worksheet(() => this.findSheet(key)?.name ?? key, key, () => !this.findSheet(key)),
        add: (name?: string) => {
          const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
          this.enqueue(() => {
            if (this.findSheet(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${sheetName}" exists.`);
            this.sheets.push(new FakeSheet(sheetName));
          });
          return this.worksheet(() => sheetName, sheetName);
        },
      },
    });
  }

  private worksheet(name: () => string, label: string, isNull?: () => boolean): object {
    const sheet = () => this.needSheet(name());
    return this.make<Excel.Worksheet>({
      kind: 'Worksheet',
      label: `Worksheet(${label})`,
      isNull,
      loadable: { name: () => (isNull?.() ? null : name()), visibility: () => (isNull?.() ? null : sheet().visibility) },
      children: { charts: () => this.charts(sheet, label), pageLayout: () => this.pageLayout(sheet, label) },
      methods: {
        // As Excel: a missing sheet fails the sync (ItemNotFound), and so does deleting the last visible one.
        delete: () => this.enqueue(() => this.deleteSheet(sheet())),
        getRangeByIndexes: (startRow: number, startColumn: number, rowCount: number, columnCount: number) =>
          this.range(label, { row: startRow, column: startColumn, rowCount, columnCount }, () => sheet()),
        getRange: (address?: string) => {
          const block = address === undefined ? { row: 0, column: 0, rowCount: 1_048_576, columnCount: SHEET_COLUMNS } : parseAddress(address);
          return this.range(label, block, () => sheet(), address);
        },
      },
    });
  }

  /** A range; `block` may be known now or only at sync time (a table's header row, say). */
  private range(sheetName: string, block: GridBlock | (() => { sheet: FakeSheet; block: GridBlock }), sheetOf?: () => FakeSheet, address?: string): object {
    let resolved: { sheet: FakeSheet; block: GridBlock } | null = null;
    const ref = () => {
      if (!resolved) resolved = typeof block === 'function' ? block() : { sheet: sheetOf ? sheetOf() : this.needSheet(sheetName), block };
      return resolved;
    };
    const label =
      typeof block === 'function'
        ? `Range(${sheetName})`
        : `Range(${sheetAddress(sheetName, address ?? rangeAddress(block.row, block.column, block.rowCount, block.columnCount))})`;
    const grid = (f: (cell: FakeCell) => unknown) => {
      const { sheet, block: b } = ref();
      if (b.rowCount * b.columnCount > 5_000_000) throw new FakeOfficeError('InvalidOperation', `${label} is too large to load`);
      return sheet.map(b, f);
    };
    const write = (member: string, value: unknown[][], put: (cell: FakeCell, entry: unknown, row: number, column: number) => FakeCell) => {
      const { sheet, block: b } = ref();
      if (value.length !== b.rowCount || value.some((row) => row.length !== b.columnCount)) {
        throw new FakeOfficeError('InvalidArgument', `${label}.${member}: a ${value.length}×${value[0]?.length ?? 0} array does not fit ${b.rowCount}×${b.columnCount}`);
      }
      value.forEach((row, r) =>
        row.forEach((entry, c) => sheet.put(b.row + r, b.column + c, put(sheet.get(b.row + r, b.column + c), entry, b.row + r, b.column + c))),
      );
      this.keepHeadersUnique(sheet, b);
    };
    const content = (cell: FakeCell, entry: unknown): FakeCell => {
      if (typeof entry === 'string' && entry.startsWith('=')) return { ...cell, value: '', formula: entry };
      if (typeof entry === 'string') return { ...cell, value: typedIntoExcel(entry), formula: null };
      if (typeof entry === 'number' || typeof entry === 'boolean') return { ...cell, value: entry, formula: null };
      if (entry === null) return cell; // Office.js: null leaves the cell as it is.
      throw new FakeOfficeError('InvalidArgument', `${label}: cannot write ${JSON.stringify(entry)}`);
    };
    const columnsOf = () => {
      const { block: b } = ref();
      return Array.from({ length: b.columnCount }, (_, i) => b.column + i);
    };
    const proxy = this.make<Excel.Range>({
      kind: 'Range',
      label,
      loadable: {
        address: () => sheetAddress(ref().sheet.name, rangeAddress(ref().block.row, ref().block.column, ref().block.rowCount, ref().block.columnCount)),
        rowIndex: () => ref().block.row,
        columnIndex: () => ref().block.column,
        rowCount: () => ref().block.rowCount,
        columnCount: () => ref().block.columnCount,
        values: () => grid((cell) => cell.value),
        formulas: () => grid((cell) => cell.formula ?? cell.value),
        numberFormat: () => grid((cell) => cell.numberFormat),
        columnHidden: () => columnsOf().every((c) => ref().sheet.hiddenColumns.has(c)),
      },
      writable: {
        values: (value: unknown[][]) => write('values', value, content),
        formulas: (value: unknown[][]) => write('formulas', value, content),
        formulasR1C1: (value: unknown[][]) =>
          write('formulasR1C1', value, (cell, entry, row, column) => content(cell, typeof entry === 'string' && entry.startsWith('=') ? r1c1ToA1(entry, row, column) : entry)),
        numberFormat: (value: unknown[][]) => write('numberFormat', value, (cell, entry) => ({ ...cell, numberFormat: String(entry) })),
        columnHidden: (hidden: boolean) => {
          for (const c of columnsOf()) {
            if (hidden) ref().sheet.hiddenColumns.add(c);
            else ref().sheet.hiddenColumns.delete(c);
          }
        },
      },
      children: {
        worksheet: () => this.worksheet(() => ref().sheet.name, sheetName),
        conditionalFormats: () => this.conditionalFormats(ref, label),
        dataValidation: () => this.dataValidation(ref, label),
        format: () => this.rangeFormat(label, () => ({ sheet: ref().sheet, columns: columnsOf() })),
      },
      methods: {
        getTables: (fullyContained?: boolean) =>
          this.make<Excel.TableScopedCollection>({
            kind: 'TableScopedCollection',
            label: `${label}.getTables(${String(fullyContained)})`,
            items: () => {
              const { sheet, block: b } = ref();
              return this.tables
                .filter((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase())
                .filter((t) => {
                  const area = { row: t.headerRow, column: t.firstColumn, rowCount: t.rowCount + 1, columnCount: t.columnCount };
                  return fullyContained
                    ? b.row <= area.row && b.column <= area.column && b.row + b.rowCount >= area.row + area.rowCount && b.column + b.columnCount >= area.column + area.columnCount
                    : intersects(area, b);
                })
                .map((t) => this.tableObject(t.name));
            },
          }),
        getSurroundingRegion: () =>
          this.range(`${label}.getSurroundingRegion()`, () => {
            const { sheet, block: b } = ref();
            return { sheet, block: sheet.region(b.row, b.column) };
          }),
        clear: (applyTo?: string) => {
          this.enqueue(() => {
            const { sheet, block: b } = ref();
            sheet.clear(b, applyTo === 'Formats' || applyTo === 'Contents' ? applyTo : 'All');
          });
        },
        group: (groupOption: string) => {
          if (groupOption !== 'ByColumns') throw new Error('the fake groups columns only');
          this.enqueue(() => {
            for (const c of columnsOf()) {
              const level = (ref().sheet.outline.get(c) ?? 0) + 1;
              if (level > 7) throw new FakeOfficeError('InvalidOperation', 'outlines have at most 8 levels');
              ref().sheet.outline.set(c, level);
            }
          });
        },
        ungroup: (groupOption: string) => {
          if (groupOption !== 'ByColumns') throw new Error('the fake groups columns only');
          this.enqueue(() => {
            const { sheet } = ref();
            // Assumed, as in desktop Excel: ungrouping columns that are not grouped is an error.
            if (columnsOf().some((c) => !sheet.outline.get(c))) throw new FakeOfficeError('InvalidOperation', `${label} is not grouped`);
            for (const c of columnsOf()) {
              const level = sheet.outline.get(c)! - 1;
              if (level) sheet.outline.set(c, level);
              else sheet.outline.delete(c);
            }
          });
        },
        autoFill: (destinationRange?: Excel.Range | string, autoFillType?: string) => {
          if (autoFillType !== 'FillCopy' || typeof destinationRange !== 'object') throw new Error('the fake fills by copying into a Range only');
          this.enqueue(() => {
            const { sheet, block: from } = ref();
            const { block: to } = this.rangeOf(destinationRange);
            if (to.row !== from.row || to.column !== from.column || to.columnCount !== from.columnCount || to.rowCount < from.rowCount) {
              throw new FakeOfficeError('InvalidArgument', `${label}.autoFill: the destination must extend the source down`);
            }
            // As the fill handle copies: each cell gets the source cell's formula, its relative references moved with it.
            for (let r = from.rowCount; r < to.rowCount; r++) {
              for (let c = 0; c < to.columnCount; c++) {
                const source = sheet.get(from.row + (r % from.rowCount), from.column + c);
                const row = to.row + r;
                const column = to.column + c;
                const formula = source.formula === null ? null : r1c1ToA1(a1ToR1C1(source.formula, from.row + (r % from.rowCount), column), row, column);
                sheet.put(row, column, { ...source, formula, value: formula === null ? source.value : '' });
              }
            }
          });
        },
        hideGroupDetails: (groupOption: string) => {
          if (groupOption !== 'ByColumns') throw new Error('the fake groups columns only');
          this.enqueue(() => {
            for (const c of columnsOf()) if (ref().sheet.outline.get(c)) ref().sheet.hiddenColumns.add(c);
          });
        },
      },
    });
    this.rangeRefs.set(proxy, ref);
    return proxy;
  }

  /** Excel renames a table header written as a duplicate of another of the table's headers ("RAG" → "RAG2"). */
  private keepHeadersUnique(sheet: FakeSheet, block: GridBlock): void {
    for (const t of this.tables.filter((table) => table.sheet.toLowerCase() === sheet.name.toLowerCase())) {
      if (block.row > t.headerRow || block.row + block.rowCount <= t.headerRow) continue;
      for (let c = Math.max(block.column, t.firstColumn); c < Math.min(block.column + block.columnCount, t.firstColumn + t.columnCount); c++) {
        const others: string[] = [];
        for (let o = t.firstColumn; o < t.firstColumn + t.columnCount; o++) if (o !== c) others.push(String(sheet.get(t.headerRow, o).value));
        const header = String(sheet.get(t.headerRow, c).value);
        const unique = uniqueHeader(others, header);
        if (unique !== header) sheet.put(t.headerRow, c, { ...sheet.get(t.headerRow, c), value: unique });
      }
    }
  }

  private pageLayout(sheet: () => FakeSheet, label: string): object {
    return this.make<Excel.PageLayout>({
      kind: 'PageLayout',
      label: `Worksheet(${label}).pageLayout`,
      writable: {
        orientation: (value: string) => (sheet().pageLayout.orientation = value),
        zoom: (value: unknown) => (sheet().pageLayout.zoom = value),
      },
      methods: {
        // The host passes addresses, never ranges.
        setPrintTitleRows: (rows: string | Excel.Range) => this.enqueue(() => (sheet().pageLayout.titleRows = String(rows))),
        setPrintTitleColumns: (columns: string | Excel.Range) => this.enqueue(() => (sheet().pageLayout.titleColumns = String(columns))),
      },
    });
  }

  private rangeFormat(label: string, columns?: () => { sheet: FakeSheet; columns: number[] }): object {
    return this.make<Excel.RangeFormat>({
      kind: 'RangeFormat',
      label: `${label}.format`,
      writable: {
        columnWidth: (points: number) => {
          const target = columns?.();
          target?.columns.forEach((column) => target.sheet.columnWidths.set(column, points));
        },
        wrapText: (wrap: boolean) => {
          const target = columns?.();
          target?.columns.forEach((column) => (wrap ? target.sheet.wrappedColumns.add(column) : target.sheet.wrappedColumns.delete(column)));
        },
      },
      children: {
        font: () =>
          this.make<Excel.RangeFont>({ kind: 'RangeFont', label: `${label}.format.font`, writable: { bold: () => undefined } }),
      },
      methods: { autofitColumns: () => undefined },
    });
  }

  private conditionalFormats(ref: () => { sheet: FakeSheet; block: GridBlock }, label: string): object {
    let added = 0;
    return this.make<Excel.ConditionalFormatCollection>({
      kind: 'ConditionalFormatCollection',
      label: `${label}.conditionalFormats`,
      methods: {
        add: (type: string) => {
          const rule: FakeRule = { block: { row: 0, column: 0, rowCount: 0, columnCount: 0 }, type };
          this.enqueue(() => {
            rule.block = ref().block;
            ref().sheet.rules.push(rule);
          });
          return this.conditionalFormat(rule, `${label}.conditionalFormats[${added++}]`);
        },
        clearAll: () => {
          this.enqueue(() => {
            const { sheet, block } = ref();
            const kept = sheet.rules.filter((rule) => !intersects(rule.block, block));
            sheet.rules.splice(0, sheet.rules.length, ...kept);
          });
        },
      },
    });
  }

  private conditionalFormat(rule: FakeRule, label: string): object {
    const needCellValue = () => {
      if (rule.type !== 'CellValue') throw new FakeOfficeError('InvalidOperation', `${label} is a ${rule.type} rule, not CellValue`);
    };
    const colour = (kind: 'ConditionalRangeFill' | 'ConditionalRangeFont', field: 'fill' | 'font') =>
      this.make<Excel.ConditionalRangeFill & Excel.ConditionalRangeFont>({
        kind,
        label: `${label}.cellValue.format.${field}`,
        writable: {
          color: (color: string) => {
            needCellValue();
            rule[field] = color;
          },
        },
      });
    const format = this.make<Excel.ConditionalRangeFormat>({
      kind: 'ConditionalRangeFormat',
      label: `${label}.cellValue.format`,
      children: { fill: () => colour('ConditionalRangeFill', 'fill'), font: () => colour('ConditionalRangeFont', 'font') },
    });
    const cellValue = this.make<Excel.CellValueConditionalFormat>({
      kind: 'CellValueConditionalFormat',
      label: `${label}.cellValue`,
      children: { format: () => format },
      writable: {
        rule: (value: Excel.ConditionalCellValueRule) => {
          needCellValue();
          rule.operator = value.operator;
          rule.formula1 = value.formula1;
        },
      },
    });
    return this.make<Excel.ConditionalFormat>({ kind: 'ConditionalFormat', label, children: { cellValue: () => cellValue } });
  }

  private dataValidation(ref: () => { sheet: FakeSheet; block: GridBlock }, label: string): object {
    return this.make<Excel.DataValidation>({
      kind: 'DataValidation',
      label: `${label}.dataValidation`,
      loadable: {
        type: () => validationOver(ref()).type,
        rule: () => validationOver(ref()).rule,
      },
      methods: {
        clear: () => {
          this.enqueue(() => {
            const { sheet, block } = ref();
            const kept = sheet.validations.filter((v) => !intersects(v.block, block));
            sheet.validations.splice(0, sheet.validations.length, ...kept);
          });
        },
      },
      writable: {
        // Already run at sync time, in its place in the queue (a second enqueue would put it behind later loads).
        rule: (value: Excel.DataValidationRule) => {
          const { sheet, block } = ref();
          if (sheet.validations.some((v) => intersects(v.block, block))) {
            throw new FakeOfficeError('InvalidOperation', `${label} already has a validation rule; clear it first`);
          }
          sheet.validations.push({ block, rule: value });
        },
        errorAlert: (value: Excel.DataValidationErrorAlert) => {
          const { sheet, block } = ref();
          const validation = sheet.validations.find((v) => intersects(v.block, block));
          if (!validation) throw new FakeOfficeError('InvalidOperation', `${label} has no validation rule to alert on`);
          validation.errorAlert = value;
        },
      },
    });
  }

  private tableCollection(): object {
    return this.make<Excel.TableCollection>({
      kind: 'TableCollection',
      label: 'tables',
      items: () => this.tables.map((t) => this.tableObject(t.name)),
      methods: {
        getItem: (key: string) => {
          this.enqueue(() => void this.needTable(key));
          return this.tableObject(key);
        },
        getItemOrNullObject: (key: string) => this.tableObject(key, () => !this.table(key)),
      },
    });
  }

  private tableObject(name: string, isNull?: () => boolean): object {
    const table = () => this.needTable(name);
    const label = `Table(${name})`;
    return this.make<Excel.Table>({
      kind: 'Table',
      label,
      isNull,
      loadable: {
        name: () => (isNull?.() ? null : table().name),
        showHeaders: () => (isNull?.() ? null : table().showHeaders),
      },
      children: {
        columns: () => this.tableColumns(table, label),
        worksheet: () => this.worksheet(() => table().sheet, `${label}.worksheet`),
      },
      methods: {
        getHeaderRowRange: () =>
          this.range(`${label}.getHeaderRowRange()`, () => {
            const t = table();
            return { sheet: this.needSheet(t.sheet), block: { row: t.headerRow, column: t.firstColumn, rowCount: 1, columnCount: t.columnCount } };
          }),
        getDataBodyRange: () =>
          this.range(`${label}.getDataBodyRange()`, () => {
            const t = table();
            return { sheet: this.needSheet(t.sheet), block: { row: t.headerRow + 1, column: t.firstColumn, rowCount: t.rowCount, columnCount: t.columnCount } };
          }),
      },
    });
  }

  private tableColumns(table: () => FakeTable, label: string): object {
    return this.make<Excel.TableColumnCollection>({
      kind: 'TableColumnCollection',
      label: `${label}.columns`,
      methods: {
        add: (index?: number, values?: (boolean | string | number)[][] | boolean | string | number, name?: string) => {
          this.enqueue(() => {
            const t = table();
            const sheet = this.needSheet(t.sheet);
            const at = index === undefined || index === null || index === -1 ? t.columnCount : index;
            if (at < 0 || at > t.columnCount || (at === t.columnCount && index !== undefined && index !== null && index !== -1)) {
              throw new FakeOfficeError('InvalidArgument', `${label}.columns.add: index ${String(index)} for a table of ${t.columnCount} columns (append with -1)`);
            }
            const column = t.firstColumn + at;
            const bottom = t.headerRow + t.rowCount;
            // Assumed, as Insert > Table Column does: the column is inserted, so the cells from
            // there on in the table's rows move right (empty or not), and so do references to them.
            sheet.moveCells(t.headerRow, bottom, column, 1);
            const headers = sheet.map({ row: t.headerRow, column: t.firstColumn, rowCount: 1, columnCount: t.columnCount }, (cell) => String(cell.value))[0];
            t.columnCount += 1;
            if (Array.isArray(values)) {
              if (values.length !== t.rowCount + 1) throw new FakeOfficeError('InvalidArgument', `${label}.columns.add: ${values.length} values for ${t.rowCount + 1} rows`);
              sheet.fill(t.headerRow, column, values.map((row) => [row[0] ?? '']));
            }
            const header = name ?? String(Array.isArray(values) ? values[0][0] : `Column${t.columnCount}`);
            sheet.fill(t.headerRow, column, [[uniqueHeader(headers, header)]]);
          });
          return this.tableColumn(table, () => table().columnCount - 1, `${label}.columns.add(${String(index)})`);
        },
        getItemAt: (index: number) => this.tableColumn(table, () => index, `${label}.columns.getItemAt(${index})`),
      },
    });
  }

  private tableColumn(table: () => FakeTable, index: () => number, label: string): object {
    return this.make<Excel.TableColumn>({
      kind: 'TableColumn',
      label,
      methods: {
        delete: () => {
          this.enqueue(() => {
            const t = table();
            const at = index();
            if (at < 0 || at >= t.columnCount) throw new FakeOfficeError('ItemNotFound', `${label}: no column ${at} in a table of ${t.columnCount}`);
            // Assumed, the reverse of add: the cells right of it in the table's rows move left.
            this.needSheet(t.sheet).moveCells(t.headerRow, t.headerRow + t.rowCount, t.firstColumn + at, -1);
            t.columnCount -= 1;
          });
        },
      },
    });
  }

  private settingCollection(): object {
    return this.make<Excel.SettingCollection>({
      kind: 'SettingCollection',
      label: 'settings',
      methods: {
        add: (key: string, value: unknown) => {
          this.enqueue(() => void this.settings.set(key, value));
          return this.setting(key);
        },
        getItemOrNullObject: (key: string) => this.setting(key, () => !this.settings.has(key)),
      },
    });
  }

  private setting(key: string, isNull?: () => boolean): object {
    return this.make<Excel.Setting>({
      kind: 'Setting',
      label: `Setting(${key})`,
      isNull,
      loadable: { value: () => this.settings.get(key) ?? null },
      methods: {
        delete: () => {
          this.enqueue(() => {
            if (!this.settings.delete(key)) throw new FakeOfficeError('ItemNotFound', `no setting "${key}"`);
          });
        },
      },
    });
  }

  private charts(sheet: () => FakeSheet, label: string): object {
    return this.make<Excel.ChartCollection>({
      kind: 'ChartCollection',
      label: `Worksheet(${label}).charts`,
      items: () => sheet().charts.map((chart) => this.chart(sheet, chart)),
      methods: {
        add: (type: string, sourceData: Excel.Range, seriesBy?: string) => {
          const chart: FakeChart = { name: '', type, source: '', seriesBy, title: '', legendVisible: true, position: null, series: [] };
          this.enqueue(() => {
            const { sheet: source, block } = this.rangeOf(sourceData);
            chart.source = rangeAddress(block.row, block.column, block.rowCount, block.columnCount);
            if (seriesBy !== 'Columns') throw new Error('the fake models charts.add only with seriesBy "Columns"');
            chart.series.push(...guessedSeries(source, block));
            chart.name = `Chart ${sheet().charts.length + 1}`;
            sheet().charts.push(chart);
          });
          return this.chart(sheet, chart);
        },
      },
    });
  }

  private chartSeriesCollection(chart: FakeChart, label: string): object {
    return this.make<Excel.ChartSeriesCollection>({
      kind: 'ChartSeriesCollection',
      label: `${label}.series`,
      methods: {
        getItemAt: (index: number) => this.chartSeries(() => seriesAt(chart, index, label), `${label}.series(${index})`),
        add: (name?: string) => {
          const series: FakeSeries = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
          this.enqueue(() => void chart.series.push(series));
          return this.chartSeries(() => series, `${label}.series(${name})`);
        },
      },
    });
  }

  /** A series, found when its commands run (at sync), as Office.js resolves getItemAt. */
  private chartSeries(series: () => FakeSeries, label: string): object {
    const address = (range: Excel.Range) => {
      const { block } = this.rangeOf(range);
      return rangeAddress(block.row, block.column, block.rowCount, block.columnCount);
    };
    const line = () =>
      this.make<Excel.ChartLineFormat>({
        kind: 'ChartLineFormat',
        label: `${label}.format.line`,
        writable: { color: (color: string) => void (series().lineColor = color), lineStyle: (style: string) => void (series().lineStyle = style) },
      });
    return this.make<Excel.ChartSeries>({
      kind: 'ChartSeries',
      label,
      writable: {
        name: (name: string) => void (series().name = name),
        markerStyle: (style: string) => void (series().markerStyle = style),
        markerBackgroundColor: (color: string) => void (series().markerBackgroundColor = color),
        markerForegroundColor: (color: string) => void (series().markerForegroundColor = color),
      },
      methods: {
        setValues: (range: Excel.Range) => this.enqueue(() => void (series().values = address(range))),
        setXAxisValues: (range: Excel.Range) => this.enqueue(() => void (series().xValues = address(range))),
      },
      children: { format: () => this.make<Excel.ChartSeriesFormat>({ kind: 'ChartSeriesFormat', label: `${label}.format`, children: { line } }) },
    });
  }

  private chart(sheet: () => FakeSheet, chart: FakeChart): object {
    const label = `Chart(${chart.name || 'new'})`;
    return this.make<Excel.Chart>({
      kind: 'Chart',
      label,
      loadable: { name: () => chart.name },
      children: {
        title: () => this.make<Excel.ChartTitle>({ kind: 'ChartTitle', label: `${label}.title`, writable: { text: (text: string) => void (chart.title = text) } }),
        legend: () =>
          this.make<Excel.ChartLegend>({ kind: 'ChartLegend', label: `${label}.legend`, writable: { visible: (visible: boolean) => void (chart.legendVisible = visible) } }),
        series: () => this.chartSeriesCollection(chart, label),
      },
      methods: {
        setPosition: (startCell: Excel.Range | string) => {
          this.enqueue(() => void (chart.position = typeof startCell === 'string' ? startCell : cellAddress(this.rangeOf(startCell).block.row, this.rangeOf(startCell).block.column)));
        },
        delete: () => {
          this.enqueue(() => {
            const list = sheet().charts;
            const at = list.indexOf(chart);
            if (at < 0) throw new FakeOfficeError('ItemNotFound', `${label} is gone`);
            list.splice(at, 1);
          });
        },
      },
    });
  }
}

// ---- Chart series ------------------------------------------------------------------------

/**
 * Excel's guess at a chart's source, as far as the fake models it: a first column of text
 * only is the categories, the other columns are series named Series1, Series2… (a source
 * with header cells is not modelled: the add-in never charts one).
 */
function guessedSeries(sheet: FakeSheet, block: GridBlock): FakeSeries[] {
  const isText = (row: number, column: number) => typeof sheet.get(row, column).value === 'string';
  const rows = Array.from({ length: block.rowCount }, (_, r) => block.row + r);
  const textRows = rows.filter((row) => isText(row, block.column)).length;
  if (block.columnCount > 1 && textRows > 0 && textRows < rows.length) throw new Error('the fake does not model a first column of text mixed with numbers');
  const categories = block.columnCount > 1 && textRows === rows.length;
  const first = categories ? 1 : 0;
  return Array.from({ length: block.columnCount - first }, (_, i) => ({
    name: `Series${i + 1}`,
    values: rangeAddress(block.row, block.column + first + i, block.rowCount, 1),
    xValues: categories ? rangeAddress(block.row, block.column, block.rowCount, 1) : null,
  }));
}

/** Excel's series collection: getItemAt fails at sync when there is no such series; add appends one. */
function seriesAt(chart: FakeChart, index: number, label: string): FakeSeries {
  const series = chart.series[index];
  if (series === undefined) throw new FakeOfficeError('ItemNotFound', `${label} has no series ${index}`);
  return series;
}

// ---- A KPI table of any size, for tests and the benchmark ------------------------------

export const KPI_HEADERS = ['Ref', 'Measure', 'Actual', 'Target', 'Polarity'] as const;

export interface KpiWorkbookOptions {
  /** Body rows. */
  rows: number;
  /** An Excel table (named `tableName`) rather than a plain range. */
  asTable?: boolean;
  sheet?: string;
  tableName?: string;
  headerRow?: number;
  firstColumn?: number;
}

/**
 * A workbook with one KPI table, the active cell inside it. Row i: "K{i+1}", "Measure {i+1}",
 * an actual (row 0 holds the formula "=40+2"; every third actual is a percentage), a
 * target, a polarity word.
 */
export function kpiWorkbook(options: KpiWorkbookOptions): { excel: FakeExcel; location: TableLocation } {
  const { rows, asTable = false, sheet: sheetName = 'KPIs', tableName = 'KpiTable', headerRow = 0, firstColumn = 0 } = options;
  const excel = new FakeExcel();
  const sheet = excel.addSheet(sheetName);
  sheet.fill(headerRow, firstColumn, [[...KPI_HEADERS]]);
  const body: FakeValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const percent = i % 3 === 2;
    body.push([`K${i + 1}`, `Measure ${i + 1}`, i === 0 ? '=40+2' : percent ? 0.8 + (i % 20) / 100 : 40 + (i % 17), percent ? 0.9 : 50, i % 2 ? 'Low' : 'High']);
  }
  sheet.fill(headerRow + 1, firstColumn, body);
  if (rows > 0) sheet.put(headerRow + 1, firstColumn + 2, { value: 42, formula: '=40+2', numberFormat: 'General' });
  for (let i = 2; i < rows; i += 3) {
    sheet.put(headerRow + 1 + i, firstColumn + 2, { ...sheet.get(headerRow + 1 + i, firstColumn + 2), numberFormat: '0.0%' });
    sheet.put(headerRow + 1 + i, firstColumn + 3, { ...sheet.get(headerRow + 1 + i, firstColumn + 3), numberFormat: '0%' });
  }
  if (asTable) {
    excel.tables.push({ name: tableName, sheet: sheetName, headerRow, firstColumn, columnCount: KPI_HEADERS.length, rowCount: rows, showHeaders: true });
  }
  excel.select(sheetName, headerRow + 1, firstColumn + 1);
  return {
    excel,
    location: {
      sheet: sheetName,
      tableName: asTable ? tableName : null,
      headerRow,
      firstColumn,
      columnCount: KPI_HEADERS.length,
      rowCount: rows,
    },
  };
}

/**
 * What an Apply writes to such a table, in miniature: two edited cells and a dropdown on
 * the Polarity column, a new RAG column of formulas with the RAG word formats, and two
 * helper columns (one with every fourth cell left alone) grouped out of sight. With
 * `again`, the three columns already exist from an earlier Apply (in a table, the table
 * has grown to take them, so pass its new location).
 */
export function kpiChanges(location: TableLocation, again = false): WorkbookChanges {
  const end = location.firstColumn + KPI_HEADERS.length;
  const rows = Array.from({ length: location.rowCount }, (_, i) => i);
  const at = (i: number, column: number) => cellAddress(location.headerRow + 1 + i, location.firstColumn + column);
  return {
    location,
    columns: [
      {
        column: location.firstColumn + 4,
        header: 'Polarity',
        isNew: false,
        cells: rows.map((i) => (i === 1 || i === 2 ? { value: 'High' } : null)),
        numberFormat: null,
      },
      {
        column: end,
        header: 'RAG',
        isNew: !again,
        cells: rows.map((i) => ({ formula: `=IF(${at(i, 2)}>=${at(i, 3)},"Green","Red")`, shows: 'Green' })),
        numberFormat: null,
      },
      {
        column: end + 1,
        header: 'Green from (helper)',
        isNew: !again,
        cells: rows.map((i) => ({ value: i % 3 === 2 ? 0.9 : 50 })),
        numberFormat: '0.00',
      },
      {
        column: end + 2,
        header: 'Green to (helper)',
        isNew: !again,
        cells: rows.map((i) => (i % 4 === 3 ? null : { value: null })),
        numberFormat: '0.00',
      },
    ],
    wordFormats: [{ column: end, styles: [...RAG_PALETTE] }],
    validations: [{ column: location.firstColumn + 4, words: ['High', 'Low', 'Band', 'Target', 'Context'] }],
    groups: [{ firstColumn: end + 1, lastColumn: end + 2 }],
    settings: JSON.stringify({ version: 1, key: SETTINGS_KEY, added: [end, end + 1, end + 2] }),
  };
}
