/**
 * The settings saved in a workbook, read back: fields added since the first release of
 * version 1 (the dropdowns Apply added, the summary sheet) are optional, so a workbook
 * saved before them opens as it did.
 */
import { type KpiSettings, parseSettings, serializeSettings } from '../../src/plan/settings';
import { DEFAULTS } from '../../src/plan/table-model';

/** Settings as the first release of version 1 saved them. */
const FIRST_V1 = {
  version: 1,
  location: { sheet: 'KPIs', tableName: null, headerRow: 0, firstColumn: 0, columnCount: 6, rowCount: 30 },
  mapping: { ref: 0, measure: 1, polarity: 2, target: 3, actual: 4, previous: 5, amberTolerance: null, greenTolerance: null },
  defaults: DEFAULTS,
  mode: 'live',
  palette: 'standard',
  addedColumns: [{ kind: 'rag', header: 'RAG', column: 6 }],
};

function settingsOf(json: string): KpiSettings {
  const read = parseSettings(json);
  if (read.kind !== 'ok') throw new Error(`settings are ${read.kind}`);
  return read.settings;
}

describe('reading saved settings', () => {
  it('settings saved before the add-in recorded its dropdowns read as having added none', () => {
    expect(settingsOf(JSON.stringify(FIRST_V1)).addedValidations).toEqual([]);
  });

  it('settings saved before the add-in named its summary sheet read as having none', () => {
    expect(settingsOf(JSON.stringify(FIRST_V1)).summarySheet).toBeNull();
  });

  it('the dropdowns it added and its summary sheet come back as saved', () => {
    const settings: KpiSettings = {
      ...settingsOf(JSON.stringify(FIRST_V1)),
      addedValidations: [{ column: 2, header: 'Aim', source: 'High,Low' }],
      summarySheet: 'KPI summary 2',
    };
    expect(settingsOf(serializeSettings(settings))).toEqual(settings);
  });

  it('the Over time options come back as saved; absent, they are the defaults (none recorded)', () => {
    const settings: KpiSettings = { ...settingsOf(JSON.stringify(FIRST_V1)), overTime: { baselinePoints: 12, screenOutliers: false, ruleLength: 6 } };
    expect(settingsOf(serializeSettings(settings)).overTime).toEqual({ baselinePoints: 12, screenOutliers: false, ruleLength: 6 });
    expect(settingsOf(JSON.stringify(FIRST_V1)).overTime).toBeUndefined();
  });

  it.each([
    ['a baseline of 1 point', { baselinePoints: 1, screenOutliers: true, ruleLength: 7 }],
    ['a rule length that is text', { baselinePoints: null, screenOutliers: true, ruleLength: '7' }],
    ['no screening choice', { baselinePoints: null, ruleLength: 7 }],
  ])('Over time options with %s make the settings unusable', (_, overTime) => {
    expect(parseSettings(JSON.stringify({ ...FIRST_V1, overTime }))).toMatchObject({ kind: 'unusable' });
  });

  it('a summary sheet that is not a name makes the settings unusable', () => {
    expect(parseSettings(JSON.stringify({ ...FIRST_V1, summarySheet: 3 }))).toMatchObject({ kind: 'unusable' });
  });

  it.each([
    ['not a list', 'Aim'],
    ['an entry without its header', [{ column: 2, source: 'High,Low' }]],
    ['a negative column', [{ column: -1, header: 'Aim', source: 'High,Low' }]],
  ])('a dropdown record that is %s makes the settings unusable, as any damaged field does', (_, addedValidations) => {
    expect(parseSettings(JSON.stringify({ ...FIRST_V1, addedValidations }))).toMatchObject({ kind: 'unusable', warning: expect.stringMatching(/incomplete/) });
  });
});
