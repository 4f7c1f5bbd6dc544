/**
 * Defaults for the whole table: the polarity written into blank polarity cells, and the
 * tolerances for rows without their own. Percentage rows and other rows get separate ones,
 * since points suit percentages and a share of the target suits counts and rates.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { POLARITIES } from '../../kpi/polarity';
import { type TableDefaults } from '../../plan/table-model';
import { ChoiceDropdown } from './ChoiceDropdown';
import { useFieldsetStyles } from './fieldset-styles';
import { polarityChoices, polarityValue } from '../polarity-choices';
import { ToleranceInput } from './ToleranceInput';

const useStyles = makeStyles({
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface DefaultsEditorProps {
  defaults: TableDefaults;
  onChange: (change: Partial<TableDefaults>) => void;
  describedBy: string;
}

export function DefaultsEditor({ defaults, onChange, describedBy }: DefaultsEditorProps) {
  const styles = useStyles();
  const group = useFieldsetStyles();
  const tolerance = (label: string, key: Exclude<keyof TableDefaults, 'polarity'>) => (
    <ToleranceInput label={label} value={defaults[key]} describedBy={describedBy} onChange={(value) => onChange({ [key]: value })} />
  );
  return (
    <fieldset className={styles.group}>
      <legend className={group.legend}>Defaults for the whole table</legend>
      <ChoiceDropdown
        label="Polarity for blank cells"
        choices={polarityChoices('(leave blank: the target decides)')}
        value={polarityValue(defaults.polarity)}
        onChange={(value) => onChange({ polarity: POLARITIES.find((word) => word === value) ?? null })}
      />
      {tolerance('Amber tolerance, percentage rows', 'percentAmber')}
      {tolerance('Green tolerance, percentage rows', 'percentGreen')}
      {tolerance('Amber tolerance, other rows', 'otherAmber')}
      {tolerance('Green tolerance, other rows', 'otherGreen')}
    </fieldset>
  );
}
