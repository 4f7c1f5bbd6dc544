/**
 * A small spreadsheet-formula evaluator for the subset Portable output writes: numbers,
 * text in quotes, TRUE/FALSE, same-sheet cell references (A1 `E12`, or R1C1 `RC5` for the
 * formula's own row), + - * / & and the comparisons, and IF, AND, OR, NOT, ISNUMBER,
 * ISERROR, IFERROR, ABS, MAX, TRIM, LEFT, LEN, SEARCH and VALUE, with Excel's semantics
 * for blanks (0 in arithmetic, "" as text), text comparison ignoring case, lazy IF and
 * errors that propagate. Anything outside the subset is refused, so a formula the add-in
 * starts to write with another function fails the test until the evaluator learns it.
 */

export interface FormulaError {
  error: string;
}
export type FormulaValue = number | string | boolean | null | FormulaError;

type Node =
  | { kind: 'literal'; value: FormulaValue }
  | { kind: 'ref'; row: number | null; column: number }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

/** Looks up a cell: `row` null is the formula's own row. */
export type CellLookup = (row: number | null, column: number) => FormulaValue;

const TOKEN = /\s*(?:("(?:[^"]|"")*")|(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|(RC\d+)|([A-Z]{1,3}\d+)(?![A-Z(])|([A-Z]+)\(|(TRUE|FALSE)\b|(<=|>=|<>|[=<>+\-*/&(),]))/iy;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(start))) break;
      throw new Error(`formula-evaluator: cannot read "${text.slice(start, start + 20)}"`);
    }
    tokens.push(match[5] !== undefined ? `${match[5].toUpperCase()}(` : match[0].trim());
  }
  return tokens;
}

const SUPPORTED = new Set(['IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'ISERROR', 'IFERROR', 'ABS', 'MAX', 'TRIM', 'LEFT', 'LEN', 'SEARCH', 'VALUE']);

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.at !== this.tokens.length) throw new Error(`formula-evaluator: unexpected "${this.tokens[this.at]}"`);
    return node;
  }

  private peek = () => this.tokens[this.at];
  private take(expected?: string): string {
    const token = this.tokens[this.at++];
    if (expected !== undefined && token !== expected) throw new Error(`formula-evaluator: expected "${expected}", got "${token}"`);
    return token;
  }

  private binary(next: () => Node, ops: string[]): Node {
    let left = next();
    while (ops.includes(this.peek())) {
      const op = this.take();
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binary(this.concatenation, ['=', '<>', '<', '<=', '>', '>=']);
  private concatenation = (): Node => this.binary(this.additive, ['&']);
  private additive = (): Node => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): Node => this.binary(this.unary, ['*', '/']);

  private unary = (): Node => {
    if (this.peek() === '-') {
      this.take();
      return { kind: 'unary', operand: this.unary() };
    }
    return this.primary();
  };

  private primary(): Node {
    const token = this.take();
    if (token === undefined) throw new Error('formula-evaluator: the formula ends early');
    if (token === '(') {
      const inner = this.comparison();
      this.take(')');
      return inner;
    }
    if (token.startsWith('"')) return { kind: 'literal', value: token.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) };
    if (/^(TRUE|FALSE)$/i.test(token)) return { kind: 'literal', value: token.toUpperCase() === 'TRUE' };
    if (/^RC\d+$/i.test(token)) return { kind: 'ref', row: null, column: Number(token.slice(2)) - 1 };
    const a1 = /^([A-Z]{1,3})(\d+)$/i.exec(token);
    if (a1) return { kind: 'ref', row: Number(a1[2]) - 1, column: columnOf(a1[1]) };
    if (token.endsWith('(')) {
      const name = token.slice(0, -1);
      if (!SUPPORTED.has(name)) throw new Error(`formula-evaluator: ${name} is not in the subset Portable output may use`);
      const args: Node[] = [];
      if (this.peek() !== ')') {
        args.push(this.comparison());
        while (this.peek() === ',') {
          this.take();
          args.push(this.comparison());
        }
      }
      this.take(')');
      return { kind: 'call', name, args };
    }
    throw new Error(`formula-evaluator: unexpected "${token}"`);
  }
}

export function parseFormula(formula: string): Node {
  if (!formula.startsWith('=')) throw new Error(`formula-evaluator: a formula starts with "=": ${formula.slice(0, 40)}`);
  return new Parser(tokenize(formula.slice(1))).parse();
}

const VALUE_ERROR: FormulaError = { error: '#VALUE!' };
export const isError = (value: FormulaValue): value is FormulaError => typeof value === 'object' && value !== null;

/** Text as VALUE reads it (English locale): an optional sign, digits with a point, an optional exponent or %. */
function numberFromText(text: string): number | FormulaError {
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (!match) return VALUE_ERROR;
  return Number(match[1]) / (match[2] ? 100 : 1);
}

function toNumber(value: FormulaValue): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return numberFromText(value);
}

function toText(value: FormulaValue): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function toLogical(value: FormulaValue): boolean | FormulaError {
  if (isError(value)) return value;
  if (typeof value === 'string') return VALUE_ERROR;
  return Boolean(value);
}

/** Excel's ordering across types: numbers, then text (ignoring case), then logicals; a blank is 0 or "". */
function compare(left: FormulaValue, right: FormulaValue): number {
  const blankAs = (value: FormulaValue, other: FormulaValue): FormulaValue =>
    value !== null ? value : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const [a, b] = [blankAs(left, right), blankAs(right, left)];
  const rank = (value: FormulaValue) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function arithmetic(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  const [a, b] = [toNumber(left), toNumber(right)];
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '+') return a + b;
  if (op === '-') return a - b;
  if (op === '*') return a * b;
  return b === 0 ? { error: '#DIV/0!' } : a / b;
}

function binary(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === '&') return `${toText(left) as string}${toText(right) as string}`;
  if ('+-*/'.includes(op)) return arithmetic(op, left, right);
  const order = compare(left, right);
  return { '=': order === 0, '<>': order !== 0, '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[op]!;
}

/** A formula compiled to a function of its cells: parsed and compiled once, run in every row. */
export type CompiledFormula = (cell: CellLookup) => FormulaValue;

function logicalOf(args: FormulaValue[], all: boolean): FormulaValue {
  let result = all;
  for (const arg of args) {
    const logical = toLogical(arg);
    if (isError(logical)) return logical;
    result = all ? result && logical : result || logical;
  }
  return result;
}

function call(name: string, args: CompiledFormula[], cell: CellLookup): FormulaValue {
  const evaluate = (run: CompiledFormula) => run(cell);
  if (name === 'IF') {
    const condition = toLogical(evaluate(args[0]));
    if (isError(condition)) return condition;
    return condition ? evaluate(args[1]) : args.length > 2 ? evaluate(args[2]) : false;
  }
  if (name === 'IFERROR') {
    const value = evaluate(args[0]);
    return isError(value) ? evaluate(args[1]) : value;
  }
  const values = args.map(evaluate);
  const [first] = values;
  if (name === 'ISNUMBER') return typeof first === 'number';
  if (name === 'ISERROR') return isError(first);
  const firstError = values.find(isError);
  if (firstError) return firstError;
  switch (name) {
    case 'AND':
      return logicalOf(values, true);
    case 'OR':
      return logicalOf(values, false);
    case 'NOT': {
      const logical = toLogical(first);
      return isError(logical) ? logical : !logical;
    }
    case 'ABS': {
      const n = toNumber(first);
      return isError(n) ? n : Math.abs(n);
    }
    case 'MAX': {
      const numbers = values.map(toNumber);
      const bad = numbers.find(isError);
      return bad ?? Math.max(...(numbers as number[]));
    }
    case 'VALUE':
      return typeof first === 'number' ? first : toNumber(toText(first));
    default:
      return textFunction(name, values);
  }
}

function textFunction(name: string, values: FormulaValue[]): FormulaValue {
  const text = toText(values[0]) as string;
  switch (name) {
    case 'TRIM':
      return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
    case 'LEN':
      return text.length;
    case 'LEFT': {
      const count = values.length > 1 ? toNumber(values[1]) : 1;
      if (isError(count) || count < 0) return VALUE_ERROR;
      return text.slice(0, Math.floor(count));
    }
    case 'SEARCH': {
      const within = toText(values[1]) as string;
      const found = within.toLowerCase().indexOf(text.toLowerCase());
      return found < 0 ? VALUE_ERROR : found + 1;
    }
    default:
      throw new Error(`formula-evaluator: ${name} is not implemented`);
  }
}

/** The functions every Portable formula calls in every row, without allocating; the rest through `call`. */
function compileCall(name: string, args: CompiledFormula[]): CompiledFormula {
  const [a, b, c] = args;
  switch (name) {
    case 'IF':
      return (cell) => {
        const condition = toLogical(a(cell));
        if (isError(condition)) return condition;
        return condition ? b(cell) : c ? c(cell) : false;
      };
    case 'ISNUMBER':
      return (cell) => typeof a(cell) === 'number';
    case 'ISERROR':
      return (cell) => isError(a(cell));
    default:
      return (cell) => call(name, args, cell);
  }
}

function compileNode(n: Node): CompiledFormula {
  switch (n.kind) {
    case 'literal': {
      const { value } = n;
      return () => value;
    }
    case 'ref': {
      const { row, column } = n;
      return (cell) => cell(row, column);
    }
    case 'unary': {
      const operand = compileNode(n.operand);
      return (cell) => {
        const value = toNumber(operand(cell));
        return isError(value) ? value : -value;
      };
    }
    case 'binary': {
      const [left, right, { op }] = [compileNode(n.left), compileNode(n.right), n];
      return (cell) => binary(op, left(cell), right(cell));
    }
    case 'call':
      return compileCall(n.name, n.args.map(compileNode));
  }
}

export function compileFormula(formula: string): CompiledFormula {
  return compileNode(parseFormula(formula));
}

/** What a cell shows when a formula gives `value`: an error as its code ("#N/A"). */
export function shownValue(value: FormulaValue): number | string | boolean | null {
  return isError(value) ? value.error : value;
}

