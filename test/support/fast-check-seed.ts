/**
 * Property tests explore new cases on every local run, but CI replays one fixed seed: a red
 * build must mean the code changed, not that the dice did, and must be reproducible here.
 * FC_SEED replays any run (fast-check prints the seed of a failure).
 */
import fc from 'fast-check';

const CI_SEED = 20261202;

const chosen = process.env.FC_SEED ?? (process.env.CI ? String(CI_SEED) : undefined);
if (chosen !== undefined) {
  const seed = Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number, not "${chosen}".`);
  fc.configureGlobal({ seed });
}
