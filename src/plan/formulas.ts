/**
 * Formula text for the columns the add-in writes.
 *
 * Live formulas call the add-in (`=KPI.RAG(...)`). Portable formulas use only functions
 * every spreadsheet has (IF, AND, OR, ISNUMBER, ABS, MAX, TRIM), comparing the actual with
 * the very ranges the engine rates by (see `src/kpi/thresholds`), so they show the same
 * word without the add-in: in Excel, Excel on the web and LibreOffice alike.
 */

/** Refs (A1 addresses) of one row's cells. */
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

/** A hand-written rating passes through, as in the engine; anything else is `otherwise`. */
function ratingWordOr(actual: string, otherwise: string): string {
  const word = (name: string, letter: string, then: string) =>
    `IF(OR(TRIM(${actual})="${name}",TRIM(${actual})="${letter}"),"${name}",${then})`;
  return word('Green', 'G', word('Amber', 'A', word('Red', 'R', otherwise)));
}

function within(actual: string, from: string, to: string): string {
  return `AND(IF(ISNUMBER(${from}),${actual}>=${from},TRUE),IF(ISNUMBER(${to}),${actual}<=${to},TRUE))`;
}

export interface PortableRagRefs {
  actual: string;
  greenFrom: string;
  greenTo: string;
  amberFrom: string;
  amberTo: string;
}

/**
 * A rated row: Green/Amber/Red by the helper ranges; No data when the actual has no number.
 * `wholePercentFrom` (the engine's `wholePercentActualFrom` for a % target) adds its units
 * check: a whole number of percent shows "Check units" where the live function shows #VALUE!.
 */
export function portableRagFormula(refs: PortableRagRefs, wholePercentFrom: number | null): string {
  const { actual } = refs;
  let rated = `IF(${within(actual, refs.greenFrom, refs.greenTo)},"Green",IF(${within(actual, refs.amberFrom, refs.amberTo)},"Amber","Red"))`;
  if (wholePercentFrom !== null) {
    const beyond = wholePercentFrom > 0 ? `${actual}>1,${actual}>=${wholePercentFrom}` : `${actual}<-1,${actual}<=${wholePercentFrom}`;
    rated = `IF(AND(${beyond}),"Check units",${rated})`;
  }
  return `=IF(ISNUMBER(${actual}),${rated},${ratingWordOr(actual, '"No data"')})`;
}

/** A row with no target or Context polarity: N/A, unless a rating is written by hand. */
export function portableNotRatedFormula(actual: string): string {
  return `=${ratingWordOr(actual, '"N/A"')}`;
}

export type DirectionJudgement = 'High' | 'Low' | 'Context' | 'Closeness';

/**
 * Direction of travel with ordinary functions. `Closeness` (Band and Target) compares the
 * distance outside the aim's edges, MAX(0, from − x, x − to), before and after.
 */
export function portableDirectionFormula(
  refs: { current: string; previous: string; aimFrom: string; aimTo: string },
  judgement: DirectionJudgement,
): string {
  const { current: c, previous: p } = refs;
  const distance = (x: string) => `MAX(0,${refs.aimFrom}-${x},${x}-${refs.aimTo})`;
  const improvement =
    judgement === 'High' || judgement === 'Context'
      ? `(${c}-${p})`
      : judgement === 'Low'
        ? `(${p}-${c})`
        : `(${distance(p)}-${distance(c)})`;
  const [better, worse] = judgement === 'Context' ? ['Increased', 'Decreased'] : ['Improved', 'Deteriorated'];
  return (
    `=IF(AND(ISNUMBER(${c}),ISNUMBER(${p})),` +
    `IF(ABS(${improvement})<=1E-10*MAX(ABS(${c}),ABS(${p})),"Unchanged",IF(${improvement}>0,"${better}","${worse}")),"N/A")`
  );
}
