/**
 * Making Data Count's assurance icon in words: will the process, as its limits describe
 * it, reliably meet the target?
 *
 * - Consistently passing: every value between the limits meets the target;
 * - Consistently failing: no value between the limits meets it;
 * - Hit and miss: the target lies between the limits.
 *
 * The boundary: a target equal to a limit. Targets here are inclusive (11.0% meets
 * `>11%`, as for RAG), so with High polarity a target equal to the lower limit is met
 * by every value the process produces: Consistently passing. A target equal to the
 * upper limit is met only at that limit, so not consistently failing: Hit and miss.
 * (Low polarity mirrors this.) NHSRplotthedots calls both boundaries inconsistent,
 * because it compares strictly. Float slack as in RAG: `isAtMost`.
 *
 * The target and the values must be in the same units, as for RAG (`units`): 93, 96, 94
 * beside a 95% target are whole percent, and judged as they are they would all pass.
 */
import { isAtMost } from './approx';
import { KpiInputError } from './errors';
import { type Polarity } from './polarity';
import { type XmrLimits } from './spc-limits';
import { type Target } from './target';
import { checkUnitsAgree } from './units';

export type Assurance = 'Consistently passing' | 'Consistently failing' | 'Hit and miss' | 'No target';

function assuranceNeeds(polarity: Polarity): string {
  return polarity === 'Context'
    ? 'Assurance needs to know which way is good: give polarity High or Low.'
    : `Assurance compares one target with the limits, so it needs High or Low polarity; got ${polarity}.`;
}

/** The assurance of a process with these limits (of these values) against a target, by polarity. */
export function assuranceOf(limits: XmrLimits, target: Target, polarity: Polarity, values: readonly number[]): Assurance {
  if (target.kind === 'none') return 'No target';
  if (target.kind === 'band' || (polarity !== 'High' && polarity !== 'Low')) throw new KpiInputError(assuranceNeeds(polarity));
  const goal = target.value;
  // Values come from a range and can never carry a %: a %-formatted range arrives as fractions, so plain fractions count as percentages here.
  checkUnitsAgree({ name: 'The values', values, isPercent: false, plural: true }, { name: 'The target', values: [goal], isPercent: target.isPercent }, true);
  const scale = Math.max(Math.abs(goal), Math.abs(limits.lower), Math.abs(limits.upper));
  const [worst, best] = polarity === 'High' ? [limits.lower, limits.upper] : [-limits.upper, -limits.lower];
  const needed = polarity === 'High' ? goal : -goal;
  if (isAtMost(needed, worst, scale)) return 'Consistently passing';
  if (!isAtMost(needed, best, scale)) return 'Consistently failing';
  return 'Hit and miss';
}
