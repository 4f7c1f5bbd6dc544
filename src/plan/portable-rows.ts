/**
 * Portable output, row by row: which cells are formulas that follow the sheet and which are
 * fixed at Apply, and why; and what each Portable column holds in each row. Each row's rule
 * is read once, here, and carried with the row to every column.
 *
 * What ordinary formulas read: numbers, blanks, errors (as no figure), text without a number
 * (no data, or no target), rating words with spaces around them, and tolerance text (`5pp`,
 * `0.5 pts`, `5%`, `2`). What they do not: a figure inside text (`84.5k`, `"60.9%"` typed as
 * text) and targets written as text (`56-61%`, `>11%`, `<553 (800 Adm's)`). Reading those
 * would need locale-dependent VALUE or text surgery that Excel and LibreOffice do not agree on.
 */
import { type CellValue } from '../kpi/cell';
import { readNumber } from '../kpi/numbers';
import { type PortableRowRule, portableRowRule } from '../kpi/portable-rules';
import { readRagRule } from '../kpi/rag';
import { readRatingWord } from '../kpi/rating';
import { type PortableFormulaKind } from './formulas';
import { type PortableHelperKind } from './settings';
import { type MeasureRow } from './table-model';
import { type CellWrite } from '../excel/workbook-host';

export interface PortableRow {
  row: MeasureRow;
  rule: PortableRowRule;
  /** The RAG cell is a formula (otherwise the engine's word, fixed). */
  liveRag: boolean;
  liveDirection: boolean;
  /** The target's edges are formulas of the target cell (otherwise fixed figures). */
  liveTarget: boolean;
  /** Why anything in this row is fixed, in the analyst's words; empty when nothing is. */
  reasons: string[];
  /** The measure's number format, which its helper bounds take. */
  format: string;
}

/** A row Portable output writes partly as fixed values, and why: listed once. */
export interface FixedRow {
  index: number;
  name: string;
  reason: string;
}

const shown = (cell: CellValue) => (cell == null ? '' : String(cell));

/** Text holding a figure, which ordinary formulas cannot read without VALUE: "84.5k", "60.9%". */
const figureInText = (cell: CellValue) => typeof cell === 'string' && readNumber(cell) !== null;

/**
 * A rating word the engine reads but spreadsheet TRIM cannot: TRIM takes off spaces only,
 * the engine also tabs, line breaks and non-breaking spaces ("Green\u00A0" copied from a web page).
 */
const ratingWordFormulasMiss = (cell: CellValue) =>
  typeof cell === 'string' && readRatingWord(cell) !== null && !/^ *(?:green|amber|red|g|a|r) *$/i.test(cell);

/**
 * What an actual ordinary formulas cannot read fixes. A figure inside text fixes the DoT,
 * and the RAG of a rated measure. A measure not rated (Context, or no target) is N/A
 * whatever its figure, so its RAG formula stays; it is listed, because a target set in the
 * sheet later would need Apply again for the figure to count.
 */
function actualReason(actual: CellValue, rated: boolean, hasPrevious: boolean): { rag: boolean; direction: boolean; reason: string | null } {
  if (ratingWordFormulasMiss(actual)) {
    return { rag: true, direction: false, reason: `The actual "${shown(actual).trim()}" has a tab, line break or non-breaking space around the rating word, which ordinary formulas cannot take off: its RAG is fixed. Retype it to keep this row live.` };
  }
  if (!figureInText(actual)) return { rag: false, direction: false, reason: null };
  const fixes = rated
    ? 'its RAG and DoT are fixed'
    : `${hasPrevious ? 'its DoT is fixed; ' : ''}its RAG stays a formula, N/A while the measure is not rated, so Apply again after setting a target`;
  return { rag: rated, direction: hasPrevious, reason: `The actual "${shown(actual)}" is text; ordinary formulas cannot read a number from text: ${fixes}. Enter it as a number to keep this row live.` };
}

export interface PortableRowInputs {
  /** The target cell as it will be after Apply (the add-in writes a plain-number target as a number). */
  targetInSheet: (index: number) => CellValue;
  /** The number format of the measure's figures in this row. */
  formatOf: (row: MeasureRow) => string;
  hasPrevious: boolean;
}

/** Reads each rated row's rule once and decides what in it can stay live. */
export function portableRow(row: MeasureRow, inputs: PortableRowInputs): PortableRow {
  // A relative target ("+5%") is rated as the target it was made into on the row's base.
  const read = readRagRule({ ...row, target: row.targetUsed });
  const rule = portableRowRule(read);
  const reasons: string[] = [];
  const ofActual = actualReason(row.actual, rule.bounds !== null, inputs.hasPrevious);
  if (ofActual.reason) reasons.push(ofActual.reason);
  const previousIsText = inputs.hasPrevious && figureInText(row.previous);
  if (previousIsText && !ofActual.direction) {
    reasons.push(`The previous figure "${shown(row.previous)}" is text, which ordinary formulas cannot read: its DoT is fixed, its RAG stays a formula. Enter it as a number to keep the DoT live.`);
  }
  const target = inputs.targetInSheet(row.index);
  // A plain-number target the add-in writes as a number reads as the same target as the text did.
  const liveTarget = typeof target !== 'string' || read.rule.target.kind === 'none';
  if (!liveTarget) {
    reasons.push(`The target "${shown(target)}" is text that ordinary formulas cannot read: its bounds are fixed helper values, so edit it in the pane (or Apply again) for a new target to count.`);
  }
  return { row, rule, liveRag: !ofActual.rag, liveDirection: !ofActual.direction && !previousIsText, liveTarget, reasons, format: inputs.formatOf(row) };
}

export function fixedRowsOf(rows: Iterable<PortableRow>): FixedRow[] {
  return [...rows].filter((p) => p.reasons.length > 0).map((p) => ({ index: p.row.index, name: p.row.name, reason: p.reasons.join(' ') }));
}

/** What this row's fixed cells are, as the "Fixed at Apply" helper says it. */
function fixedCells(p: PortableRow): string | null {
  const parts = [!p.liveRag && 'RAG', !p.liveDirection && p.row.status.kind === 'rated' && p.row.status.direction !== null && 'DoT', !p.liveTarget && 'target bounds'];
  const named = parts.filter((part): part is string => typeof part === 'string');
  return named.length ? named.join(', ') : null;
}

type PortableKind = PortableHelperKind | 'fixedAtApply' | 'rag' | 'direction';

/** How one Portable column fills one row: a formula (showing what the engine gives) or a fixed value. */
type Fill = { formula: true; shows: CellValue } | { formula: false; value: CellValue } | null;

const live = (shows: CellValue): Fill => ({ formula: true, shows: shows ?? '' });
const fixed = (value: CellValue): Fill => ({ formula: false, value });

const FILLS: Record<PortableKind, (p: PortableRow) => Fill> = {
  judgedAs: (p) => fixed(p.rule.judgedAs),
  targetFrom: (p) => (p.liveTarget ? live(p.rule.targetFrom) : fixed(p.rule.targetFrom)),
  targetTo: (p) => (p.liveTarget ? live(p.rule.targetTo) : fixed(p.rule.targetTo)),
  greenFrom: (p) => live(p.rule.bounds?.green.from),
  greenTo: (p) => live(p.rule.bounds?.green.to),
  amberFrom: (p) => live(p.rule.bounds?.amber.from),
  amberTo: (p) => live(p.rule.bounds?.amber.to),
  greenUnits: (p) => live(p.rule.green.units),
  greenShare: (p) => live(p.rule.green.share),
  amberUnits: (p) => live(p.rule.amber.units),
  amberShare: (p) => live(p.rule.amber.share),
  wholePercentAbove: (p) => fixed(p.rule.wholePercentAbove),
  fixedAtApply: (p) => fixed(fixedCells(p)),
  rag: (p) => (p.row.status.kind !== 'rated' ? null : p.liveRag ? live(p.row.status.rag) : fixed(p.row.status.rag)),
  direction: (p) => {
    if (p.row.status.kind !== 'rated' || p.row.status.direction === null) return null;
    return p.liveDirection ? live(p.row.status.direction) : fixed(p.row.status.direction);
  },
};

const SHARE_FORMAT = '0.0%';
const FORMAT_OF: Partial<Record<PortableKind, (p: PortableRow) => string>> = {
  ...Object.fromEntries(
    (['targetFrom', 'targetTo', 'greenFrom', 'greenTo', 'amberFrom', 'amberTo', 'greenUnits', 'amberUnits', 'wholePercentAbove'] as const).map((kind) => [kind, (p: PortableRow) => p.format]),
  ),
  greenShare: () => SHARE_FORMAT,
  amberShare: () => SHARE_FORMAT,
};

export interface PortableColumnCells {
  cells: (CellWrite | null)[];
  /** Number format per body row, or null when the column keeps the sheet's. */
  formats: string[] | null;
}

/**
 * One Portable column's cells, row by row: `r1c1` is the column's one formula (null for
 * columns of fixed values), the same text for every row, so that a host writes a run of
 * them as one formula filled down and Apply's request does not grow with the table.
 */
export function portableColumnCells(
  kind: PortableKind,
  rowCount: number,
  rows: ReadonlyMap<number, PortableRow>,
  r1c1: string | null,
): PortableColumnCells {
  const fill = FILLS[kind];
  const format = FORMAT_OF[kind];
  const cells = Array.from({ length: rowCount }, (_, index): CellWrite | null => {
    const p = rows.get(index);
    const f = p === undefined ? null : fill(p);
    if (f === null) return null;
    if (!f.formula) return { value: f.value };
    if (r1c1 === null) throw new Error(`portableColumnCells: the ${kind} column has no formula`);
    return { formulaR1C1: r1c1, shows: f.shows };
  });
  const formats = format === undefined ? null : Array.from({ length: rowCount }, (_, index) => {
    const p = rows.get(index);
    return p === undefined ? 'General' : format(p);
  });
  return { cells, formats };
}

export const isPortableFormulaKind = (kind: PortableKind): kind is PortableFormulaKind => !['judgedAs', 'wholePercentAbove', 'fixedAtApply'].includes(kind);
