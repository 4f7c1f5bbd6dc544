/** The columns the pane understands, and how it names them. */

export type ColumnRole =
  | 'ref'
  | 'measure'
  | 'actual'
  | 'target'
  | 'polarity'
  | 'previous'
  | 'lastYear'
  | 'baseline'
  | 'amberTolerance'
  | 'greenTolerance';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'ref', 'measure', 'actual', 'target', 'polarity', 'previous', 'lastYear', 'baseline', 'amberTolerance', 'greenTolerance',
];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  ref: 'Ref',
  measure: 'Measure',
  actual: 'Actual',
  target: 'Target',
  polarity: 'Polarity',
  previous: 'Previous period',
  lastYear: 'Same period last year',
  baseline: 'Baseline',
  amberTolerance: 'Amber tolerance',
  greenTolerance: 'Green tolerance',
};

/** Roles added after settings were first saved: a saved mapping without them reads them as unmapped. */
export const LATER_ROLES: readonly ColumnRole[] = ['lastYear', 'baseline'];

/** Column index within the table (0 = its first column) for each role, or null when absent. */
export type ColumnMapping = Record<ColumnRole, number | null>;
