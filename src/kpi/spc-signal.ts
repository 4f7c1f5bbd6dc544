/**
 * Which way a special cause points, and what it means for the measure.
 *
 * SPC judges only High and Low polarity: a special cause in the good direction is an
 * Improvement, in the other a Concern; Context (or a blank polarity) has no good
 * direction, so every special cause is Neutral. Band and Target polarity are errors here:
 * whether a shift helps depends on where the target is, which an XmR chart does not say.
 */
import { KpiInputError } from './errors';
import { type Polarity } from './polarity';
import { type Side } from './spc-rules';

export type Signal = 'Improvement' | 'Concern' | 'Neutral';

/** +1 when higher is better, −1 when lower is, 0 when neither. */
export function improvementDirection(polarity: Polarity | null): Side {
  if (polarity === 'High') return 1;
  if (polarity === 'Low') return -1;
  if (polarity === null || polarity === 'Context') return 0;
  throw new KpiInputError(
    `Polarity ${polarity} cannot judge a special cause: SPC needs High, Low or Context. ` +
      `Use Context to see special causes as Neutral.`,
  );
}

/** The signal of a special cause in `direction` (+1 high, −1 low). */
export function signalOf(direction: Side, improvement: Side): Signal {
  if (improvement === 0) return 'Neutral';
  return direction === improvement ? 'Improvement' : 'Concern';
}
