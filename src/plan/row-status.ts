/**
 * What one row of a KPI table comes to: rated, or listed with its reason. No row stops
 * the others. A target of free text, or a relative one with no base, is **Not rated**; a
 * target with no polarity to judge it by **needs a polarity** (the pane asks, and may
 * suggest one from the measure's wording); a contradiction (`<553` with High, a whole
 * number of percent against a % target, an unknown word) is written as **Check**. None of
 * these words is counted by the summary.
 */
import { readActual } from '../kpi/actual';
import { type CellValue } from '../kpi/cell';
import { type Direction, directionOfTravel } from '../kpi/direction';
import { KpiInputError } from '../kpi/errors';
import { parsePolarity } from '../kpi/polarity';
import { type PolaritySuggestion, suggestPolarity } from '../kpi/polarity-suggestion';
import { ragFor } from '../kpi/rag';
import { type RagResult } from '../kpi/rating';
import { readRelativeTarget, resolveRelativeTarget } from '../kpi/relative-target';
import { FreeTextTargetError, RelativeTargetError, parseTarget } from '../kpi/target';
import { type ColumnMapping, ROLE_LABELS } from './column-roles';

export type RowStatus =
  | { kind: 'rated'; rag: RagResult; direction: Direction | null; longDirection: Direction | null }
  /** Not a measure: an empty row, a heading or note, a second header row. Nothing is written. */
  | { kind: 'skipped'; reason: string }
  /** A measure the rules cannot judge: a free-text target, a relative target with no base. Written "Not rated". */
  | { kind: 'notRated'; reason: string }
  /** A target, but no polarity and no operator in the target. Written "Check" until the user gives one. */
  | { kind: 'needsPolarity'; reason: string; suggestion: PolaritySuggestion | null }
  /** A contradiction or a word the engine does not know. Written "Check". */
  | { kind: 'error'; message: string };

/** What Apply writes in the RAG column for a measure that is listed rather than rated. */
export const LISTED_WORDS = { notRated: 'Not rated', check: 'Check' } as const;

/** The rule's inputs for one row, as `buildMeasureRows` found them. */
export interface RowInputs {
  name: string;
  actual: CellValue;
  previous: CellValue;
  lastYear: CellValue;
  target: CellValue;
  polarity: string;
  amberTolerance: string;
  greenTolerance: string;
}

/** The target the rule rates against, and how it came from a relative one ("+5% on 660 = 693"). */
export interface TargetUsed {
  target: CellValue;
  shown: string | null;
}

/**
 * A relative target ("+5%") made absolute on the row's baseline, or its previous figure
 * when no Baseline column is mapped. Returns a reason when it cannot be.
 */
export function targetUsed(
  target: CellValue,
  base: { cell: CellValue; role: 'baseline' | 'previous' | null; isPercent: boolean },
): TargetUsed | { reason: string } {
  const relative = typeof target === 'string' ? readRelativeTarget(target) : null;
  if (relative === null) return { target, shown: null };
  if (base.role === null) {
    return { reason: `The target "${String(target).trim()}" is a change on a baseline: map a Baseline or Previous column to rate it, or write the figure to reach.` };
  }
  const figure = readActual(base.cell, ROLE_LABELS[base.role]);
  if (figure.kind !== 'value') return { reason: `The target "${String(target).trim()}" is a change on ${ROLE_LABELS[base.role]}, which has no figure on this row.` };
  const resolved = resolveRelativeTarget(String(target), relative, figure.value, base.isPercent || figure.isPercent);
  return { target: resolved.cellText, shown: resolved.shown };
}

/** A target to judge, with no polarity and no operator to say which way is good. */
function lacksPolarity(inputs: RowInputs, target: CellValue): boolean {
  if (parsePolarity(inputs.polarity) !== null) return false;
  const read = parseTarget(target);
  return read.kind === 'value' && read.bound === null;
}

function listedStatus(error: unknown): RowStatus {
  if (error instanceof FreeTextTargetError || error instanceof RelativeTargetError) return { kind: 'notRated', reason: error.message };
  if (error instanceof KpiInputError) return { kind: 'error', message: error.message };
  throw error;
}

/** Rates one measure row, or says why it is listed instead. */
export function measureStatus(inputs: RowInputs, used: TargetUsed, mapping: ColumnMapping): RowStatus {
  try {
    if (lacksPolarity(inputs, used.target)) {
      return {
        kind: 'needsPolarity',
        reason: 'This measure has a target but no polarity: choose whether higher or lower is better.',
        suggestion: suggestPolarity(inputs.name),
      };
    }
    const rag = ragFor({ ...inputs, target: used.target });
    const direction = (against: CellValue) => directionOfTravel({ current: inputs.actual, previous: against, polarity: inputs.polarity, target: used.target });
    return {
      kind: 'rated',
      rag,
      direction: mapping.previous === null ? null : direction(inputs.previous),
      longDirection: mapping.lastYear === null ? null : direction(inputs.lastYear),
    };
  } catch (error) {
    return listedStatus(error);
  }
}

/** Rows the plan lists rather than rates, with what to tell the user: one place for all of them. */
export function isListed(status: RowStatus): status is Extract<RowStatus, { kind: 'notRated' | 'needsPolarity' | 'error' }> {
  return status.kind === 'notRated' || status.kind === 'needsPolarity' || status.kind === 'error';
}

/** The word a listed row's RAG cell holds. */
export function listedWord(status: RowStatus): string | null {
  if (status.kind === 'notRated') return LISTED_WORDS.notRated;
  return status.kind === 'needsPolarity' || status.kind === 'error' ? LISTED_WORDS.check : null;
}
