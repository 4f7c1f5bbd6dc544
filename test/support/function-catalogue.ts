/** The custom functions' ids, as analysts type them after KPI. — fixed by the spec. */
export const FUNCTION_IDS = [
  'RAG',
  'DIRECTION',
  'RATE_PER_100K',
  'RATE_CI',
  'PROPORTION_CI',
  'QUARTILE',
  'QUANTILE',
  'COMPARE',
  'VALUE',
  'SPC',
  'VARIATION',
  'ASSURANCE',
  'TREND',
  'TREND_TEST',
] as const;

export const FUNCTION_NAMESPACE = 'KPI';
