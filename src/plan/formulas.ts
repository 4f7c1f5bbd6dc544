/**
 * Formula text for the columns the add-in writes.
 *
 * Live formulas call the add-in (`=KPI.RAG(...)`). Portable formulas use only functions
 * every spreadsheet has (IF, AND, OR, NOT, ISNUMBER, ISERROR, ABS, MAX, TRIM, LEFT, SEARCH,
 * VALUE) and state the engine's rules, which `src/kpi/portable-rules` hands over as data:
 * this module only turns them into text. Each Portable column holds one formula, the same
 * R1C1 text in every row (every reference is to the same row), and every per-row figure
 * lives in a helper column, so a reader can follow a row and a host can fill a column down.
 */
import { PORTABLE_RULES, type ToleranceParts } from '../kpi/portable-rules';
import { type Polarity, POLARITIES } from '../kpi/polarity';
import { type Rating } from '../kpi/rating';

/** Refs (R1C1, same row) of one row's cells. */
export interface RagRefs {
  actual: string;
  target: string;
  polarity: string;
  amber: string;
  green: string;
}

export function liveRagFormula(refs: RagRefs): string {
  return `=KPI.RAG(${refs.actual},${refs.target},${refs.polarity},${refs.amber},${refs.green})`;
}

export function liveDirectionFormula(refs: { current: string; previous: string; polarity: string; target: string }): string {
  return `=KPI.DIRECTION(${refs.current},${refs.previous},${refs.polarity},,${refs.target})`;
}

/** The columns Portable writes a formula into. */
export const PORTABLE_FORMULA_KINDS = [
  'targetFrom', 'targetTo', 'greenUnits', 'greenShare', 'amberUnits', 'amberShare',
  'greenFrom', 'greenTo', 'amberFrom', 'amberTo', 'rag', 'direction',
] as const;
export type PortableFormulaKind = (typeof PORTABLE_FORMULA_KINDS)[number];

/** The absolute sheet column of every cell a Portable formula reads (`previous`: null when no column). */
export interface PortableColumns {
  actual: number;
  previous: number | null;
  target: number;
  amberTolerance: number;
  greenTolerance: number;
  judgedAs: number;
  targetFrom: number;
  targetTo: number;
  greenUnits: number;
  greenShare: number;
  amberUnits: number;
  amberShare: number;
  greenFrom: number;
  greenTo: number;
  amberFrom: number;
  amberTo: number;
  wholePercentAbove: number;
}

type Refs = Record<Exclude<keyof PortableColumns, 'previous'>, string> & { previous: string | null };

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const numeral = (value: number) => String(value).toUpperCase();
const isOneOf = (cell: string, words: readonly string[]) => {
  const tests = words.map((word) => `${cell}=${quoted(word)}`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
};
const { rag: RAG, direction: DOT, slack, tolerance: TOLERANCE } = PORTABLE_RULES;
const SLACK = numeral(slack);
const judged = POLARITIES.filter((polarity) => polarity !== PORTABLE_RULES.unjudged);
const withEdge = (side: 'low' | 'high'): Polarity[] => judged.filter((polarity) => PORTABLE_RULES.edges[polarity][side]);

/** The target's edge on one side, from the target cell when it holds a number and the row is judged by that side. */
const targetEdge = (side: 'low' | 'high') => (r: Refs) =>
  `IF(AND(ISNUMBER(${r.target}),${isOneOf(r.judgedAs, withEdge(side))}),${r.target},"")`;

/** The number before `marker` in a tolerance's text, divided by a hundred. */
const hundredthsBefore = (cell: string, marker: string) =>
  `VALUE(TRIM(LEFT(${cell},SEARCH(${quoted(marker)},${cell})-1)))/${TOLERANCE.perHundred}`;
const has = (cell: string, marker: string) => `ISNUMBER(SEARCH(${quoted(marker)},${cell}))`;

/** A tolerance cell's part in the measure's units: a number as it is, points a hundredth each; a share has none. */
const unitsPart = (cell: string, fallback: ToleranceParts) =>
  `IF(ISNUMBER(${cell}),${cell},IF(TRIM(${cell})="",${numeral(fallback.units)},IF(${has(cell, TOLERANCE.shareSign)},0,` +
  `IF(${has(cell, TOLERANCE.pointsLetter)},${hundredthsBefore(cell, TOLERANCE.pointsLetter)},VALUE(TRIM(${cell}))))))`;

/** A tolerance cell's share of the target: `5%` is 0.05; a number or points have none. */
const sharePart = (cell: string, fallback: ToleranceParts) =>
  `IF(ISNUMBER(${cell}),0,IF(TRIM(${cell})="",${numeral(fallback.share)},IF(${has(cell, TOLERANCE.shareSign)},${hundredthsBefore(cell, TOLERANCE.shareSign)},0)))`;

/** edge ∓ (units + share × |edge|), blank where the target has no such edge. */
const bound = (edge: string, sign: '-' | '+', units: string, share: string) => `IF(ISNUMBER(${edge}),${edge}${sign}(${units}+${share}*ABS(${edge})),"")`;

/** `actual` within [from, to], each compared with the slack for floating point; a blank side is unbounded. */
function within(r: Refs, from: string, to: string): string {
  const above = `IF(ISNUMBER(${from}),${r.actual}>=${from}-${SLACK}*MAX(ABS(${r.targetFrom}),ABS(${from})),TRUE)`;
  const below = `IF(ISNUMBER(${to}),${r.actual}<=${to}+${SLACK}*MAX(ABS(${r.targetTo}),ABS(${to})),TRUE)`;
  return `AND(${above},${below})`;
}

/** A hand-written rating passes through, as in the engine; anything else is `otherwise`. */
function ratingWordOr(actual: string, otherwise: string): string {
  const forms = PORTABLE_RULES.ratingForms;
  return (Object.keys(forms) as Rating[]).reduceRight(
    (rest, rating) => `IF(${isOneOf(`TRIM(${actual})`, forms[rating])},${quoted(rating)},${rest})`,
    otherwise,
  );
}

/**
 * RAG: a rating word passes through; Context or no target edge is N/A; no figure (text,
 * blank, an error) is No data; a whole number of percent against a % target is Check units
 * (the live function's #VALUE!); then Green, Amber or Red by the helper bounds.
 */
/** The engine's units check: beyond 1 in size, and at or beyond the cut-off on the target's side of zero. */
function wholePercent(r: Refs): string {
  const cut = r.wholePercentAbove;
  return `IF(ISNUMBER(${cut}),IF(${cut}>0,AND(${r.actual}>1,${r.actual}>=${cut}),AND(${r.actual}<-1,${r.actual}<=${cut})),FALSE)`;
}

/**
 * The engine's refusal of a green band reaching beyond the amber one, on either edge (with
 * the comparisons' slack). IF, not AND: AND evaluates every argument, and a blank edge ("")
 * in arithmetic is #VALUE!.
 */
function greenWiderThanAmber(r: Refs): string {
  const low = `IF(AND(ISNUMBER(${r.greenFrom}),ISNUMBER(${r.amberFrom})),${r.greenFrom}<${r.amberFrom}-${SLACK}*MAX(ABS(${r.targetFrom}),ABS(${r.amberFrom})),FALSE)`;
  const high = `IF(AND(ISNUMBER(${r.greenTo}),ISNUMBER(${r.amberTo})),${r.greenTo}>${r.amberTo}+${SLACK}*MAX(ABS(${r.targetTo}),ABS(${r.amberTo})),FALSE)`;
  return `OR(${low},${high})`;
}

function ragBody(r: Refs): string {
  const notRated = `OR(${r.judgedAs}=${quoted(PORTABLE_RULES.unjudged)},AND(NOT(ISNUMBER(${r.targetFrom})),NOT(ISNUMBER(${r.targetTo}))))`;
  const noFigure = `IF(${notRated},${quoted(RAG.notRated)},${quoted(RAG.noData)})`;
  const rated =
    `IF(${wholePercent(r)},${quoted(RAG.checkUnits)},IF(${greenWiderThanAmber(r)},${quoted(RAG.checkTolerances)},` +
    `IF(${within(r, r.greenFrom, r.greenTo)},"Green",IF(${within(r, r.amberFrom, r.amberTo)},"Amber","Red"))))`;
  return `IF(ISNUMBER(${r.actual}),IF(${notRated},${quoted(RAG.notRated)},${rated}),IF(ISERROR(${r.actual}),${noFigure},${ratingWordOr(r.actual, noFigure)}))`;
}

/**
 * Direction of travel: High, up is better; Low, down; Band and Target, closer to the target
 * (the distance outside its edges, MAX(0, from − x, x − to)); Context, Increased or Decreased.
 */
function directionBody(r: Refs): string {
  const [c, p] = [r.actual, r.previous!];
  const closeness = isOneOf(r.judgedAs, PORTABLE_RULES.closeness);
  const distance = (x: string) => `MAX(0,IF(ISNUMBER(${r.targetFrom}),${r.targetFrom}-${x},0),IF(ISNUMBER(${r.targetTo}),${x}-${r.targetTo},0))`;
  const improvement = `IF(${r.judgedAs}="Low",${p}-${c},IF(${closeness},${distance(p)}-${distance(c)},${c}-${p}))`;
  const context = `${r.judgedAs}=${quoted(PORTABLE_RULES.unjudged)}`;
  const noTarget = `AND(${closeness},NOT(ISNUMBER(${r.targetFrom})),NOT(ISNUMBER(${r.targetTo})))`;
  const judged =
    `IF(ABS(${improvement})<=${SLACK}*MAX(ABS(${c}),ABS(${p})),${quoted(DOT.unchanged)},` +
    `IF(${improvement}>0,IF(${context},${quoted(DOT.increased)},${quoted(DOT.improved)}),IF(${context},${quoted(DOT.decreased)},${quoted(DOT.deteriorated)})))`;
  return `IF(AND(ISNUMBER(${c}),ISNUMBER(${p})),IF(${noTarget},${quoted(DOT.none)},${judged}),${quoted(DOT.none)})`;
}

const { amber: AMBER_DEFAULT, green: GREEN_DEFAULT } = TOLERANCE.defaults;

const BODIES: Record<PortableFormulaKind, (r: Refs) => string> = {
  targetFrom: targetEdge('low'),
  targetTo: targetEdge('high'),
  greenUnits: (r) => unitsPart(r.greenTolerance, GREEN_DEFAULT),
  greenShare: (r) => sharePart(r.greenTolerance, GREEN_DEFAULT),
  amberUnits: (r) => unitsPart(r.amberTolerance, AMBER_DEFAULT),
  amberShare: (r) => sharePart(r.amberTolerance, AMBER_DEFAULT),
  greenFrom: (r) => bound(r.targetFrom, '-', r.greenUnits, r.greenShare),
  greenTo: (r) => bound(r.targetTo, '+', r.greenUnits, r.greenShare),
  amberFrom: (r) => bound(r.targetFrom, '-', r.amberUnits, r.amberShare),
  amberTo: (r) => bound(r.targetTo, '+', r.amberUnits, r.amberShare),
  rag: ragBody,
  direction: directionBody,
};

/**
 * The formula of a Portable column in R1C1 notation, the same for every row: `RC5` is
 * column E of the formula's own row. Direction needs a previous-period column.
 */
export function portableFormulaR1C1(kind: PortableFormulaKind, columns: PortableColumns): string {
  if (kind === 'direction' && columns.previous === null) throw new Error('portableFormulaR1C1: direction needs a previous-period column');
  const refs = Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [name, column === null ? null : `RC${column + 1}`]),
  ) as Refs;
  return `=${BODIES[kind](refs)}`;
}

