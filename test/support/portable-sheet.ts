/**
 * A KPI table after a Portable Apply, held as a sheet of cells whose formulas are worked out
 * by the small evaluator in `formula-evaluator`: the planner's writes laid over the table,
 * each Portable column's one R1C1 formula parsed once and evaluated in every row that holds it.
 */
import { type CellValue } from '../../src/kpi/cell';
import { type ApplyPlan } from '../../src/plan/apply-plan';
import { type GridSheet } from '../../src/excel/file-host';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { type CompiledFormula, type FormulaValue, compileFormula, shownValue } from './formula-evaluator';

type Ready = Extract<ApplyPlan, { kind: 'ready' }>;

/** The snapshot a host would read of a grid at A1 (no Excel table, nothing right of it). */
export function snapshotOfGrid(grid: GridSheet): TableSnapshot {
  const [headers, ...body] = grid.rows;
  const width = headers.length;
  return {
    location: { sheet: grid.sheet, tableName: null, headerRow: 0, firstColumn: 0, columnCount: width, rowCount: body.length },
    headers: headers.map((header) => String(header ?? '')),
    values: body.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null)),
    formulas: body.map(() => Array.from({ length: width }, () => null)),
    numberFormats: body.map((_, r) => Array.from({ length: width }, (_, c) => grid.numberFormats?.[r + 1]?.[c] ?? 'General')),
    validations: Array.from({ length: width }, () => ({ kind: 'none' as const })),
    beyond: [],
  };
}

export class PortableSheet {
  private readonly values = new Map<number, FormulaValue[]>();
  /** Per column: the parsed formula, and which body rows hold it. */
  private readonly formulas = new Map<number, { run: CompiledFormula; rows: Set<number> }>();
  private memo = new Map<number, FormulaValue[]>();

  /** `errors` are body cells that hold a spreadsheet error (the snapshot shows its code as text). */
  constructor(table: TableSnapshot, plan: Ready, errors: ReadonlyMap<string, string> = new Map()) {
    table.values.forEach((row, r) =>
      row.forEach((value, c) => this.column(c)[r] = errors.has(`${r},${c}`) ? { error: errors.get(`${r},${c}`)! } : (value ?? null)),
    );
    const byColumn = new Map(plan.portableFormulas.map((formula) => [formula.column, formula.r1c1]));
    for (const write of plan.changes.columns) {
      const r1c1 = byColumn.get(write.column);
      const rows = new Set<number>();
      write.cells.forEach((cell, r) => {
        if (cell === null) return;
        if ('value' in cell) this.column(write.column)[r] = cell.value ?? null;
        else rows.add(r);
      });
      if (rows.size > 0) {
        if (r1c1 === undefined) throw new Error(`column ${write.column} holds formulas but the plan names no R1C1 formula for it`);
        this.formulas.set(write.column, { run: compileFormula(r1c1), rows });
      }
    }
  }

  private column(c: number): FormulaValue[] {
    let values = this.values.get(c);
    if (!values) this.values.set(c, (values = []));
    return values;
  }

  /** Changes an input cell, as a colleague editing the sheet would; formulas recalculate. */
  set(row: number, column: number, value: CellValue): void {
    this.column(column)[row] = value ?? null;
    this.memo = new Map();
  }

  isFormula(row: number, column: number): boolean {
    return this.formulas.get(column)?.rows.has(row) ?? false;
  }

  /** The value the cell holds, its formula (if any) evaluated. */
  value(row: number, column: number): FormulaValue {
    const formula = this.formulas.get(column);
    if (!formula?.rows.has(row)) return this.values.get(column)?.[row] ?? null;
    let memo = this.memo.get(column);
    if (!memo) this.memo.set(column, (memo = []));
    if (!(row in memo)) memo[row] = formula.run((r, c) => this.value(r === null ? row : r - 1, c));
    return memo[row];
  }

  /** What the cell shows: an error as its code. */
  shown(row: number, column: number): CellValue {
    return shownValue(this.value(row, column));
  }
}
